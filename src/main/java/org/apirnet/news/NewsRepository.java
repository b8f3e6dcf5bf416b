package org.apirnet.news;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apirnet.content.ContentStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Rows by id, the review queue and the stored files in use, each backed by an index. Lists, facets and newest blocks
 * come from the search index ({@link NewsSearch}), never from here.
 */
interface NewsRepository extends Repository<NewsItem, Long> {

    NewsItem save(NewsItem item);

    Optional<NewsItem> findById(long id);

    boolean existsByIdNotNull();

    List<NewsItem> findByStatusOrderByUpdatedAtAsc(ContentStatus status, Pageable page);

    long countByStatus(ContentStatus status);

    /** What the account page lists of a member's own items: one indexed query, no tags loaded. */
    interface Authored {
        Long getId();

        String getTitle();

        String getSlug();

        ContentStatus getStatus();

        String getRejectionReason();
    }

    @Query("select n.id as id, n.title as title, n.slug as slug, n.status as status, n.rejectionReason as rejectionReason "
            + "from NewsItem n where n.createdBy = :author order by n.createdAt desc")
    List<Authored> findAuthoredBy(long author, Pageable page);

    @Query("select n.imageCardKey from NewsItem n where n.imageCardKey in :keys")
    List<String> findCardKeysIn(Collection<String> keys);

    @Query("select n.imageWideKey from NewsItem n where n.imageWideKey in :keys")
    List<String> findWideKeysIn(Collection<String> keys);

    @Query("select a.storageKey from NewsItem n join n.attachments a where a.storageKey in :keys")
    List<String> findAttachmentKeysIn(Collection<String> keys);
}
