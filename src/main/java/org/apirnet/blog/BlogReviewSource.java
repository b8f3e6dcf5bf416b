package org.apirnet.blog;

import java.util.List;
import java.util.Map;

import org.apirnet.content.PendingItem;
import org.apirnet.content.ReviewSource;
import org.apirnet.platform.RichText;
import org.apirnet.web.CurrentViewer;

import org.springframework.stereotype.Component;

/** Comments waiting for a moderator, offered to the review inbox of moderators (and admins above them). */
@Component
class BlogReviewSource implements ReviewSource {

    private final BlogService blog;
    private final CurrentViewer viewer;

    BlogReviewSource(BlogService blog, CurrentViewer viewer) {
        this.blog = blog;
        this.viewer = viewer;
    }

    @Override
    public List<PendingItem> pendingForViewer(int limit) {
        if (!viewer.hasRole("MODERATOR")) {
            return List.of();
        }
        List<BlogComment> pending = blog.pendingComments(limit);
        Map<Long, String> names = blog.names(pending.stream().map(BlogComment::getAuthorId).distinct().toList());
        return pending.stream().map(comment -> new PendingItem("blog.review.kind", comment.getId(), excerpt(comment),
                "/blog/comments#comment-" + comment.getId(), names.getOrDefault(comment.getAuthorId(), "\u2013"),
                comment.getCreatedAt())).toList();
    }

    static String excerpt(BlogComment comment) {
        String text = RichText.toPlainText(comment.getBody()).strip().replaceAll("\\s+", " ");
        return text.length() > 80 ? text.substring(0, 80).strip() + "\u2026" : text;
    }

    @Override
    public long countPendingForViewer() {
        return viewer.hasRole("MODERATOR") ? blog.countPendingComments() : 0;
    }
}
