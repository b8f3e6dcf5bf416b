package org.apirnet.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.apirnet.content.PendingItem;
import org.apirnet.content.ReviewSource;
import org.apirnet.web.Waited;
import org.apirnet.web.WaitingWork;

import org.springframework.stereotype.Component;

/** Gathers what waits for the signed-in person from every source, oldest first: the longest wait is decided first. */
@Component
class ReviewInbox implements WaitingWork {

    /** At most this many items from each source; the source's own page lists the rest. */
    static final int PER_SOURCE = 50;

    /** An item with how long it has waited, for the page. */
    record Waiting(PendingItem item, Duration waited) {

        public String waitedText() {
            return Waited.text(waited);
        }
    }

    record Contents(List<Waiting> items, long total) {
    }

    private final List<ReviewSource> sources;

    ReviewInbox(List<ReviewSource> sources) {
        this.sources = sources;
    }

    Contents forViewer() {
        Instant now = Instant.now();
        List<Waiting> items = sources.stream()
                .flatMap(source -> source.pendingForViewer(PER_SOURCE).stream())
                .sorted(Comparator.comparing(PendingItem::waitingSince))
                .map(item -> new Waiting(item, Duration.between(item.waitingSince(), now)))
                .toList();
        return new Contents(items, countForViewer());
    }

    /** How many items wait for the signed-in person, from every source. */
    @Override
    public long countForViewer() {
        return sources.stream().mapToLong(ReviewSource::countPendingForViewer).sum();
    }

    @Override
    public String path() {
        return "/review";
    }
}
