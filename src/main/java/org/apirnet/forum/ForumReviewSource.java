package org.apirnet.forum;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apirnet.content.PendingItem;
import org.apirnet.content.ReviewSource;
import org.apirnet.web.CurrentViewer;

import org.springframework.stereotype.Component;

/** Replies waiting for approval, offered to the review inbox of the people who moderate their discussion. */
@Component
class ForumReviewSource implements ReviewSource {

    private final DiscussionService discussions;
    private final CurrentViewer viewer;

    ForumReviewSource(DiscussionService discussions, CurrentViewer viewer) {
        this.discussions = discussions;
        this.viewer = viewer;
    }

    @Override
    public List<PendingItem> pendingForViewer(int limit) {
        if (viewer.accountId().isEmpty() || !viewer.hasRole("MODERATOR")) {
            return List.of();
        }
        List<Reply> pending = discussions.pendingFor(viewer.accountId().get(), viewer.hasRole("ADMIN"), limit);
        Set<Long> authors = new HashSet<>();
        pending.forEach(reply -> authors.add(reply.getAuthorId()));
        Map<Long, String> names = discussions.names(authors);
        return pending.stream().map(reply -> new PendingItem("forum.review.kind", reply.getId(),
                excerpt(reply), "/discussions/" + reply.getDiscussionId() + "/moderation#reply-" + reply.getId(),
                names.getOrDefault(reply.getAuthorId(), "\u2013"), reply.getCreatedAt())).toList();
    }

    private static String excerpt(Reply reply) {
        String text = org.apirnet.platform.RichText.toPlainText(reply.getBodyMarkdown()).strip().replaceAll("\\s+", " ");
        return text.length() > 80 ? text.substring(0, 80).strip() + "\u2026" : text;
    }

    @Override
    public long countPendingForViewer() {
        if (viewer.accountId().isEmpty() || !viewer.hasRole("MODERATOR")) {
            return 0;
        }
        return discussions.countPendingFor(viewer.accountId().get(), viewer.hasRole("ADMIN"));
    }
}
