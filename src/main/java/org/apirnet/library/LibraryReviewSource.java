package org.apirnet.library;

import java.util.List;
import java.util.Map;

import org.apirnet.content.PendingItem;
import org.apirnet.content.ReviewSource;
import org.apirnet.web.CurrentViewer;

import org.springframework.stereotype.Component;

/** Member submissions waiting for an editor, offered to the review inbox. Only editors decide them. */
@Component
class LibraryReviewSource implements ReviewSource {

    private final LibraryService library;
    private final CurrentViewer viewer;

    LibraryReviewSource(LibraryService library, CurrentViewer viewer) {
        this.library = library;
        this.viewer = viewer;
    }

    @Override
    public List<PendingItem> pendingForViewer(int limit) {
        if (!viewer.isEditor()) {
            return List.of();
        }
        List<Resource> pending = library.pendingSubmissions(limit);
        Map<Long, String> names = library.names(pending.stream().map(Resource::getCreatedBy).toList());
        return pending.stream().map(resource -> new PendingItem("library.review.kind", resource.getId(), resource.getTitle(),
                "/library/submissions#submission-" + resource.getId(), names.getOrDefault(resource.getCreatedBy(), "\u2013"),
                resource.getUpdatedAt())).toList();
    }

    @Override
    public long countPendingForViewer() {
        return viewer.isEditor() ? library.countPendingSubmissions() : 0;
    }
}
