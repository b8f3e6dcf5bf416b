package org.apirnet.news;

import java.util.List;

import jakarta.validation.Valid;
import org.apirnet.content.ContentStatus;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PortalPrincipal;
import org.apirnet.web.RequestValues;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members submitting news of their organization (held PENDING until an editor decides) and changing their own
 * submission until it is published; editors edit any item here too. Whatever a member posts, their item stays
 * unpublished: only the editors' routes publish.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class NewsSubmissionController {

    private final NewsFormPage formPage;
    private final NewsService news;
    private final CurrentViewer viewer;

    NewsSubmissionController(NewsFormPage formPage, NewsService news, CurrentViewer viewer) {
        this.formPage = formPage;
        this.news = news;
        this.viewer = viewer;
    }

    @GetMapping("/news/submit")
    String form(Model model) {
        return formPage.show(model, NewsForm.empty(), NewsFormPage.Mode.SUBMIT, null);
    }

    @PostMapping("/news/submit")
    String submit(@Valid @ModelAttribute("form") NewsForm form, BindingResult errors,
                  @RequestParam(name = "image", required = false) MultipartFile image,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @AuthenticationPrincipal PortalPrincipal member, Model model, RedirectAttributes redirect) {
        Long id = formPage.save(form, errors, image, files, null, ContentStatus.PENDING, member.getAccountId(), model);
        if (id == null) {
            return formPage.show(model, form, NewsFormPage.Mode.SUBMIT, null);
        }
        redirect.addFlashAttribute("notice", "news.submitted");
        return "redirect:" + NewsViews.path(id, NewsItem.slugOf(form.title()));
    }

    @GetMapping("/news/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        NewsItem item = changeable(id);
        return formPage.show(model, NewsForm.of(item), NewsFormPage.Mode.EDIT, item);
    }

    @PostMapping("/news/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") NewsForm form, BindingResult errors,
                  @RequestParam(name = "image", required = false) MultipartFile image,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @AuthenticationPrincipal PortalPrincipal author, Model model, RedirectAttributes redirect) {
        NewsItem item = changeable(id);
        Long saved = formPage.save(form, errors, image, files, item, null, author.getAccountId(), model);
        if (saved == null) {
            return formPage.show(model, form, NewsFormPage.Mode.EDIT, item);
        }
        redirect.addFlashAttribute("notice", "news.saved.changes");
        return "redirect:" + NewsViews.path(saved, NewsItem.slugOf(form.title()));
    }

    /** Editors change any item; a member only their own, and only until it is published. */
    private NewsItem changeable(String id) {
        NewsItem item = news.find(RequestValues.requiredId(id)).orElseThrow(() -> new NotFoundException("news item"));
        if (!viewer.isEditor() && viewer.accountId().filter(item::isChangeableByAuthor).isEmpty()) {
            throw new AccessDeniedException("not this member's submission");
        }
        return item;
    }
}
