package org.apirnet.review;

import java.util.Optional;

import org.apirnet.web.AccountSectionProvider;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.PageSection;

import org.springframework.stereotype.Component;

/**
 * Tells reviewers on their account page how much waits for them, with the way to the inbox: editors and moderators
 * have no administration link in the header, and this is where they look first.
 */
@Component
class ReviewAccountSection implements AccountSectionProvider {

    private final ReviewInbox inbox;
    private final CurrentViewer viewer;

    ReviewAccountSection(ReviewInbox inbox, CurrentViewer viewer) {
        this.inbox = inbox;
        this.viewer = viewer;
    }

    @Override
    public Optional<PageSection> accountSection(long accountId) {
        // The account page is always the viewer's own, so the viewer's inbox is the account's.
        if (viewer.accountId().filter(id -> id == accountId).isEmpty()
                || !(viewer.hasRole("EDITOR") || viewer.hasRole("MODERATOR"))) {
            return Optional.empty();
        }
        return Optional.of(new PageSection("review/fragments", "account-inbox", inbox.countForViewer(), 5));
    }
}
