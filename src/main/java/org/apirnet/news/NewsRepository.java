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

    @Query("select n.imageCardKey from NewsItem n where n.imageCardKey in :keys")
    List<String> findCardKeysIn(Collection<String> keys);

    @Query("select n.imageWideKey from NewsItem n where n.imageWideKey in :keys")
    List<String> findWideKeysIn(Collection<String> keys);

    @Query("select a.storageKey from NewsItem n join n.attachments a where a.storageKey in :keys")
    List<String> findAttachmentKeysIn(Collection<String> keys);
}
