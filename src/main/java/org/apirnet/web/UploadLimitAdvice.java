package org.apirnet.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload far beyond every limit never reaches a form (the container refuses to read it), so it gets a page of
 * its own that says what the limit is, rather than an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(MaxUploadSizeExceededException exception, Model model) {
        long limit = exception.getMaxUploadSize();
        model.addAttribute("limitMegabytes", limit > 0 ? limit / (1024 * 1024) : null);
        return "error/upload-too-large";
    }
}
