package org.apirnet.blog;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.apirnet.content.RejectForm;
import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.RequestValues;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins allow and revoke blog writers; moderators decide comments. Each handler checks the role itself as well. */
@Controller
class BlogAdminController {

    private final BlogService blog;
    private final BlogViews views;
    private final CurrentViewer viewer;

    BlogAdminController(BlogService blog, BlogViews views, CurrentViewer viewer) {
        this.blog = blog;
        this.views = views;
        this.viewer = viewer;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/admin/blog/authors")
    String authors(Model model) {
        return authorsPage(new WriterForm(""), model);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/admin/blog/authors")
    String allow(@Valid @ModelAttribute("writerForm") WriterForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        long admin = require("ADMIN");
        if (!errors.hasErrors() && blog.allow(form.email(), admin).isEmpty()) {
            errors.rejectValue("email", "blog.writer.unknown");
        }
        if (errors.hasErrors()) {
            return authorsPage(form, model);
        }
        redirect.addFlashAttribute("notice", "blog.writer.allowed");
        return "redirect:/admin/blog/authors";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/admin/blog/authors/{accountId}/revoke")
    String revoke(@PathVariable String accountId, RedirectAttributes redirect) {
        long admin = require("ADMIN");
        blog.revoke(RequestValues.requiredId(accountId), admin);
        redirect.addFlashAttribute("notice", "blog.writer.revoked");
        return "redirect:/admin/blog/authors";
    }

    private String authorsPage(WriterForm form, Model model) {
        require("ADMIN");
        List<BlogWriter> writers = blog.writers();
        Map<Long, String> names = blog.names(writers.stream().map(BlogWriter::getAccountId).toList());
        model.addAttribute("writers", writers.stream().map(w -> Map.entry(w.getAccountId(), names.getOrDefault(w.getAccountId(), "\u2013"))).toList());
        model.addAttribute("writerForm", form);
        return "blog/authors";
    }

    @GetMapping("/blog/comments")
    String queue(Model model) {
        require("MODERATOR");
        return queuePage(new RejectForm(""), null, model);
    }

    @PostMapping("/blog/comments/{commentId}/approve")
    String approve(@PathVariable String commentId, RedirectAttributes redirect) {
        long moderator = require("MODERATOR");
        boolean done = blog.approve(RequestValues.requiredId(commentId), moderator);
        redirect.addFlashAttribute("notice", done ? "blog.comment.approved" : "blog.comment.alreadyDecided");
        return "redirect:/blog/comments";
    }

    @PostMapping("/blog/comments/{commentId}/reject")
    String reject(@PathVariable String commentId, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        long moderator = require("MODERATOR");
        long id = RequestValues.requiredId(commentId);
        if (errors.hasErrors()) {
            return queuePage(form, id, model);
        }
        boolean done = blog.reject(id, moderator, form.reason());
        redirect.addFlashAttribute("notice", done ? "blog.comment.rejected" : "blog.comment.alreadyDecided");
        return "redirect:/blog/comments";
    }

    private String queuePage(RejectForm form, Long rejectingId, Model model) {
        List<BlogComment> pending = blog.pendingComments(100);
        model.addAttribute("pending", views.comments(pending));
        model.addAttribute("rejectForm", form);
        model.addAttribute("rejectingId", rejectingId);
        return "blog/comments";
    }

    private long require(String role) {
        if (!viewer.hasRole(role)) {
            throw new AccessDeniedException("not " + role);
        }
        return viewer.accountId().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    @Bean
    static AdminMenuItem blogAuthorsMenu() {
        return new AdminMenuItem("/admin/blog/authors", "blog.writers.title", "blog.writers.description", 70);
    }
}
