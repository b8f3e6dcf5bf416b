package org.apirnet.library;

import org.apirnet.content.ContentStatus;
import java.util.List;

import jakarta.validation.Valid;
import org.apirnet.web.PortalPrincipal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members submitting resources about their organization's work; editors decide (see LibraryEditorController). */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class SubmissionController {

    private final ResourceFormPage formPage;

    SubmissionController(ResourceFormPage formPage) {
        this.formPage = formPage;
    }

    @GetMapping("/library/submit")
    String form(Model model) {
        return formPage.show(model, ResourceForm.empty(), ResourceFormPage.Mode.SUBMIT, null);
    }

    @PostMapping("/library/submit")
    String submit(@Valid @ModelAttribute("form") ResourceForm form, BindingResult errors,
                  @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
                  @AuthenticationPrincipal PortalPrincipal member, Model model, RedirectAttributes redirect) {
        Long id = formPage.save(form, errors, uploads, null, ContentStatus.PENDING, member.getAccountId(), model);
        if (id == null) {
            return formPage.show(model, form, ResourceFormPage.Mode.SUBMIT, null);
        }
        redirect.addFlashAttribute("notice", "library.submitted");
        return "redirect:/account";
    }
}
