package org.apirnet.news;

import java.util.List;
import java.util.Map;

import org.apirnet.content.PendingItem;
import org.apirnet.content.ReviewSource;
import org.apirnet.web.CurrentViewer;

import org.springframework.stereotype.Component;

/** Members' news submissions waiting for an editor, offered to the review inbox. Only editors decide them. */
@Component
class NewsReviewSource implements ReviewSource {

    private final NewsService news;
    private final CurrentViewer viewer;

    NewsReviewSource(NewsService news, CurrentViewer viewer) {
        this.news = news;
        this.viewer = viewer;
    }

    @Override
    public List<PendingItem> pendingForViewer(int limit) {
        if (!viewer.isEditor()) {
            return List.of();
        }
        List<NewsItem> pending = news.pending(limit);
        Map<Long, String> names = news.names(pending.stream().map(NewsItem::getCreatedBy).toList());
        return pending.stream().map(item -> new PendingItem("news.review.kind", item.getId(), item.getTitle(),
                "/news/submissions#submission-" + item.getId(), names.getOrDefault(item.getCreatedBy(), "\u2013"),
                item.getUpdatedAt())).toList();
    }

    @Override
    public long countPendingForViewer() {
        return viewer.isEditor() ? news.countPending() : 0;
    }
}
