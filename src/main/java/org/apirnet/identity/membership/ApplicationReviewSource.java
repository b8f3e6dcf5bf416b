package org.apirnet.identity.membership;

import java.util.List;

import org.apirnet.content.PendingItem;
import org.apirnet.content.ReviewSource;
import org.apirnet.identity.accounts.Role;
import org.apirnet.identity.directory.MemberViews;
import org.apirnet.web.CurrentViewer;

import org.springframework.stereotype.Component;

/** Membership applications waiting for an admin, offered to the review inbox. Only admins decide them. */
@Component
class ApplicationReviewSource implements ReviewSource {

    private final MembershipService membership;
    private final MemberViews views;
    private final CurrentViewer viewer;

    ApplicationReviewSource(MembershipService membership, MemberViews views, CurrentViewer viewer) {
        this.membership = membership;
        this.views = views;
        this.viewer = viewer;
    }

    @Override
    public List<PendingItem> pendingForViewer(int limit) {
        if (!viewer.hasRole(Role.ADMIN.name())) {
            return List.of();
        }
        return views.applications(membership.awaitingDecision(limit)).stream()
                .map(application -> new PendingItem("applications.review.kind", application.id(), application.applicant().name(),
                        "/admin/applications#application-" + application.id(), application.applicant().name(),
                        application.submittedAt()))
                .toList();
    }

    @Override
    public long countPendingForViewer() {
        return viewer.hasRole(Role.ADMIN.name()) ? membership.countAwaitingDecision() : 0;
    }
}
