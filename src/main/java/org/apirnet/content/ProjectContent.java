package org.apirnet.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;

/**
 * The items of every kind that belong to one project, as its page lists them: each kind that maps
 * {@link ContentIndex#PROJECT} is asked, newest first, the viewer's visibility applied. Answered by the index alone
 * (one query per kind, no SQL), so a project page costs the same with five items as with five thousand. A kind joins
 * by mapping the field; the projects module knows none of them.
 */
@Component
public class ProjectContent {

    /** One item as a project's page lists it; {@code path} is its kind's address for the id. */
    public record Item(long id, String title, String summary, Instant published, String path) {
    }

    /** A kind's newest items of the project, and how many it has in all. */
    public record Group(String kindKey, String labelKey, List<Item> items, long total) {
    }

    private final IndexSearch index;
    private final List<IndexedKind> allKinds;
    private final EntityManagerFactory entityManagerFactory;
    private volatile List<IndexedKind> kinds;

    ProjectContent(IndexSearch index, List<IndexedKind> allKinds, EntityManagerFactory entityManagerFactory) {
        this.index = index;
        this.allKinds = allKinds;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The kinds that can belong to a project, e.g. resources and news. */
    public List<IndexedKind> kinds() {
        if (kinds == null) {
            var mapping = Search.mapping(entityManagerFactory);
            // only kinds whose documents carry the field: querying one that lacks it is an error, not "no items"
            kinds = allKinds.stream().filter(kind -> mapping.indexedEntity(kind.entityType()).indexManager().descriptor()
                    .field(ContentIndex.PROJECT).isPresent()).toList();
        }
        return kinds;
    }

    /** Up to {@code perKind} newest items of each kind that belong to the project, kinds with none left out. */
    public List<Group> of(long projectId, int perKind, boolean viewerIsMember) {
        return index.query(session -> {
            List<Group> groups = new ArrayList<>();
            for (IndexedKind kind : kinds()) {
                SearchResult<List<?>> result = session.search(kind.entityType())
                        .select(f -> f.composite().from(f.id(Long.class), f.field(ContentIndex.TITLE, String.class),
                                f.field(ContentIndex.SUMMARY, String.class), f.field(ContentIndex.PUBLISHED, Instant.class)).asList())
                        .where(f -> f.bool().filter(ContentIndex.visibleTo(f, viewerIsMember))
                                .filter(f.match().field(ContentIndex.PROJECT).matching(projectId)))
                        .sort(f -> f.field(ContentIndex.PUBLISHED).desc().missing().last().then().field(ContentIndex.ID).desc())
                        .fetch(perKind);
                if (result.total().hitCount() > 0) {
                    groups.add(new Group(kind.key(), kind.labelKey(), result.hits().stream().map(row -> new Item((Long) row.get(0),
                            (String) row.get(1), (String) row.get(2), (Instant) row.get(3), kind.pathOf((Long) row.get(0)))).toList(),
                            result.total().hitCount()));
                }
            }
            return groups;
        });
    }
}
