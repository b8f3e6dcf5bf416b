package org.apirnet.identity.directory;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admins' view of membership composition: a chart, the table behind it, and a CSV download. */
@Controller
@PreAuthorize("hasRole('ADMIN')") // besides the /admin/** URL rule: a second fence if a mapping ever moves
class CompositionController {

    private final CompositionReport report;

    CompositionController(CompositionReport report) {
        this.report = report;
    }

    @GetMapping("/admin/composition")
    String composition(Model model) {
        model.addAttribute("composition", report.compose());
        return "identity/admin-composition";
    }

    @GetMapping("/admin/composition.csv")
    ResponseEntity<byte[]> csv() {
        byte[] body = report.toCsv(report.compose()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("apirnet-membership.csv").build().toString())
                .body(body);
    }
}
