package org.apirnet.review;

import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The review inbox: everything waiting for the signed-in reviewer's decision, with where to decide it. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'MODERATOR')")
class ReviewController {

    private final ReviewInbox inbox;

    ReviewController(ReviewInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/review")
    String inbox(Model model) {
        model.addAttribute("inbox", inbox.forViewer());
        return "review/inbox";
    }

    /** Editors, moderators and admins (who are both); each source still offers only what its viewer may decide. */
    @Bean
    static RouteRules reviewRoutes() {
        return routes -> routes.requestMatchers("/review", "/review/**").hasAnyRole("EDITOR", "MODERATOR");
    }

    @Bean
    static AdminMenuItem reviewAdmin() {
        return new AdminMenuItem("/review", "review.title", "review.description", 5);
    }
}
