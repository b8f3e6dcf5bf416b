package org.apirnet.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentStatusTests {

    @Test
    void draftsAreSubmittedOrPublishedAndPendingItemsAreDecided() {
        assertThat(ContentStatus.DRAFT.allowedNext()).containsExactlyInAnyOrder(ContentStatus.PENDING, ContentStatus.PUBLISHED,
                ContentStatus.ARCHIVED);
        assertThat(ContentStatus.PENDING.allowedNext()).contains(ContentStatus.PUBLISHED, ContentStatus.REJECTED);
        assertThat(ContentStatus.REJECTED.canMoveTo(ContentStatus.PENDING)).as("the author may submit again").isTrue();
    }

    @Test
    void publishedContentIsOnlyArchivedAndArchivedContentOnlyRepublished() {
        assertThat(ContentStatus.PUBLISHED.allowedNext()).containsExactly(ContentStatus.ARCHIVED);
        assertThat(ContentStatus.ARCHIVED.allowedNext()).containsExactly(ContentStatus.PUBLISHED);
    }

    @Test
    void nothingMovesToItsOwnStatusAndOnlyPendingItemsAreRejected() {
        for (ContentStatus status : ContentStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
            assertThat(status.canMoveTo(ContentStatus.REJECTED)).as(status.name()).isEqualTo(status == ContentStatus.PENDING);
        }
    }

    @Test
    void membersSeeBothVisibilitiesAndVisitorsOnlyPublicContent() {
        assertThat(Visibility.visibleTo(true)).containsExactlyInAnyOrder(Visibility.PUBLIC, Visibility.MEMBERS);
        assertThat(Visibility.visibleTo(false)).containsExactly(Visibility.PUBLIC);
    }
}
