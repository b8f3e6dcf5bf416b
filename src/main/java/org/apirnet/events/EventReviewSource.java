package org.apirnet.events;

import java.util.List;
import java.util.Map;

import org.apirnet.content.PendingItem;
import org.apirnet.content.ReviewSource;
import org.apirnet.web.CurrentViewer;

import org.springframework.stereotype.Component;

/** Members' event submissions waiting for an editor, offered to the review inbox. Only editors decide them. */
@Component
class EventReviewSource implements ReviewSource {

    private final EventService events;
    private final CurrentViewer viewer;

    EventReviewSource(EventService events, CurrentViewer viewer) {
        this.events = events;
        this.viewer = viewer;
    }

    @Override
    public List<PendingItem> pendingForViewer(int limit) {
        if (!viewer.isEditor()) {
            return List.of();
        }
        List<Event> pending = events.pending(limit);
        Map<Long, String> names = events.names(pending.stream().map(Event::getCreatedBy).toList());
        return pending.stream().map(event -> new PendingItem("events.review.kind", event.getId(), event.getTitle(),
                "/events/submissions#submission-" + event.getId(), names.getOrDefault(event.getCreatedBy(), "\u2013"),
                event.getUpdatedAt())).toList();
    }

    @Override
    public long countPendingForViewer() {
        return viewer.isEditor() ? events.countPending() : 0;
    }
}
