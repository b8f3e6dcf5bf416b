package org.apirnet.news;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.RejectForm;
import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PortalPrincipal;
import org.apirnet.web.RequestValues;
import org.apirnet.web.RouteRules;

import org.springframework.context.annotation.Bean;
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

/** Editors publishing news directly, publishing drafts, archiving, and deciding members' submissions. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class NewsEditorController {

    static final int SUBMISSIONS_SHOWN = 50;

    private final NewsService news;
    private final NewsFormPage formPage;

    NewsEditorController(NewsService news, NewsFormPage formPage) {
        this.news = news;
        this.formPage = formPage;
    }

    @GetMapping("/news/new")
    String newItem(Model model) {
        return formPage.show(model, NewsForm.empty(), NewsFormPage.Mode.CREATE, null);
    }

    /** Editors publish directly (or keep a draft). */
    @PostMapping("/news/new")
    String create(@Valid @ModelAttribute("form") NewsForm form, BindingResult errors,
                  @RequestParam(name = "image", required = false) MultipartFile image,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(name = "action", required = false) String action,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        ContentStatus status = "draft".equals(action) ? ContentStatus.DRAFT : ContentStatus.PUBLISHED;
        Long id = formPage.save(form, errors, image, files, null, status, editor.getAccountId(), model);
        if (id == null) {
            return formPage.show(model, form, NewsFormPage.Mode.CREATE, null);
        }
        redirect.addFlashAttribute("notice", status == ContentStatus.DRAFT ? "news.saved.draft" : "news.saved.published");
        return "redirect:" + NewsViews.path(id, NewsItem.slugOf(form.title()));
    }

    /** Publishing a draft, or approving a submission (then back to the queue). */
    @PostMapping("/news/{id}/publish")
    String publish(@PathVariable String id, @RequestParam(name = "from", required = false) String from,
                   @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        NewsItem item = existing(id);
        redirect.addFlashAttribute("notice", news.publish(item.getId(), editor.getAccountId()) ? "news.published" : "news.unchanged");
        return "submissions".equals(from) ? "redirect:/news/submissions" : "redirect:" + NewsViews.path(item.getId(), item.getSlug());
    }

    @PostMapping("/news/{id}/archive")
    String archive(@PathVariable String id, @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        NewsItem item = existing(id);
        redirect.addFlashAttribute("notice", news.archive(item.getId(), editor.getAccountId()) ? "news.archived" : "news.unchanged");
        return "redirect:" + NewsViews.path(item.getId(), item.getSlug());
    }

    /** A submission as the queue shows it. */
    public record Submission(long id, String href, String title, String summary, String kindKey, String submittedBy,
                             boolean hasImage) {
    }

    @GetMapping("/news/submissions")
    String submissions(Model model) {
        List<NewsItem> pending = news.pending(SUBMISSIONS_SHOWN);
        Map<Long, String> names = news.names(pending.stream().map(NewsItem::getCreatedBy).toList());
        model.addAttribute("submissions", pending.stream().map(item -> new Submission(item.getId(),
                NewsViews.path(item.getId(), item.getSlug()), item.getTitle(), item.getSummary(), item.getKind().labelKey(),
                names.getOrDefault(item.getCreatedBy(), "\u2013"), item.hasImage())).toList());
        model.addAttribute("waiting", news.countPending());
        if (!model.containsAttribute("rejectForm")) {
            model.addAttribute("rejectForm", RejectForm.empty());
        }
        return "news/submissions";
    }

    @PostMapping("/news/{id}/reject")
    String reject(@PathVariable String id, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        long newsId = existing(id).getId();
        if (errors.hasErrors()) {
            model.addAttribute("rejectingId", newsId);
            return submissions(model);
        }
        redirect.addFlashAttribute("notice", news.reject(newsId, editor.getAccountId(), form.reason())
                ? "news.rejected" : "news.unchanged");
        return "redirect:/news/submissions";
    }

    private NewsItem existing(String id) {
        return news.find(RequestValues.requiredId(id)).orElseThrow(() -> new NotFoundException("news item"));
    }

    /** The first fence; each handler checks its object too (a member edits only their own submission). */
    @Bean
    static RouteRules newsRoutes() {
        return routes -> routes
                .requestMatchers("/news/new", "/news/submissions", "/news/*/publish", "/news/*/archive", "/news/*/reject")
                .hasRole("EDITOR")
                .requestMatchers("/news/submit", "/news/*/edit").hasRole("MEMBER");
    }

    @Bean
    static AdminMenuItem newsAdmin() {
        return new AdminMenuItem("/news/submissions", "news.admin.submissions", "news.admin.submissions.description", 33);
    }
}
