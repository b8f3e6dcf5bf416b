package org.apirnet.search;

import jakarta.servlet.http.HttpServletResponse;
import org.apirnet.web.AdminMenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The search index page of the admin area: counts per index and a rebuild from the database, with its progress. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SearchAdminController {

    /**
     * Seconds between reloads while someone follows a rebuild (the Refresh header: no script needed). Reloading is
     * what the admin asked for, from a link, and a link on the page stops it: a page must not refresh by itself.
     */
    static final int REFRESH_SECONDS = 5;

    private final SearchIndexRebuild rebuild;

    SearchAdminController(SearchIndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping("/admin/search")
    String show(@RequestParam(name = "follow", required = false) String follow, Model model, HttpServletResponse response) {
        SearchIndexRebuild.Progress progress = rebuild.progress();
        model.addAttribute("progress", progress);
        boolean following = follow != null && progress.running();
        model.addAttribute("following", following);
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        if (following) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        if (!progress.running()) {
            model.addAttribute("counts", rebuild.currentCounts());
        }
        return "search/admin";
    }

    @PostMapping("/admin/search/rebuild")
    String start(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", rebuild.start() ? "searchAdmin.started" : "searchAdmin.alreadyRunning");
        return "redirect:/admin/search";
    }

    @Bean
    static AdminMenuItem searchIndexAdminMenuItem() {
        return new AdminMenuItem("/admin/search", "searchAdmin.title", "searchAdmin.description", 60);
    }
}
