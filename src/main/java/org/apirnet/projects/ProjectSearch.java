package org.apirnet.projects;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.apirnet.content.ProjectDirectory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Component;

/**
 * Every list of projects, answered by the search index alone: a page with the facet counts of the whole selection,
 * the few of a theme or a country, and the choices content forms offer ({@link ProjectDirectory}). No SQL runs, so
 * no list grows in cost with the number of projects.
 */
@Component
class ProjectSearch implements ProjectDirectory {

    static final int PAGE_SIZE = 20;
    /** More than any region runs at once; a form's select offers them all. */
    static final int MAX_CHOICES = 1_000;

    private static final AggregationKey<Map<Short, Long>> THEMES = AggregationKey.of(ContentIndex.THEMES);
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of(ContentIndex.COUNTRIES);
    private static final AggregationKey<Map<ProjectStage, Long>> STAGES = AggregationKey.of(Project.STAGE);

    /** Filters, already checked; null means any. */
    record Filters(ProjectStage stage, Short themeId, String countryIso2) {
        static final Filters NONE = new Filters(null, null, null);
    }

    record Facets(Map<ProjectStage, Long> stages, Map<Short, Long> themes, Map<String, Long> countries) {
    }

    record Page(List<ProjectHit> hits, long total, Facets facets) {
    }

    private final IndexSearch index;

    ProjectSearch(IndexSearch index) {
        this.index = index;
    }

    /** A page of projects matching the filters, latest start first, with the facet counts of the whole selection. */
    Page list(Filters filters, int pageIndex, boolean viewerIsMember) {
        return index.query(session -> {
            SearchResult<ProjectHit> result = session.search(Project.class)
                    .select(ProjectHit.class)
                    .where(f -> matching(f, filters, viewerIsMember))
                    .sort(f -> f.field(Project.START).desc().then().field(ContentIndex.ID).desc())
                    .aggregation(STAGES, f -> f.terms().field(Project.STAGE, ProjectStage.class).maxTermCount(10))
                    .aggregation(THEMES, f -> f.terms().field(ContentIndex.THEMES, Short.class).maxTermCount(100))
                    .aggregation(COUNTRIES, f -> f.terms().field(ContentIndex.COUNTRIES, String.class).maxTermCount(300))
                    .fetch(pageIndex * PAGE_SIZE, PAGE_SIZE);
            return new Page(result.hits(), result.total().hitCount(), new Facets(result.aggregation(STAGES),
                    result.aggregation(THEMES), result.aggregation(COUNTRIES)));
        });
    }

    /** The first few projects of a theme or a country (latest start first), and how many there are. */
    Page few(Filters filters, int count, boolean viewerIsMember) {
        return index.query(session -> {
            SearchResult<ProjectHit> result = session.search(Project.class)
                    .select(ProjectHit.class)
                    .where(f -> matching(f, filters, viewerIsMember))
                    .sort(f -> f.field(Project.START).desc().then().field(ContentIndex.ID).desc())
                    .fetch(count);
            return new Page(result.hits(), result.total().hitCount(), null);
        });
    }

    @Override
    public List<Entry> choices() {
        return index.query(session -> session.search(Project.class)
                .select(ProjectHit.class)
                .where(f -> ContentIndex.visibleTo(f, true))
                .sort(f -> f.field(ContentIndex.TITLE_SORT).asc().then().field(ContentIndex.ID).asc())
                .fetchHits(MAX_CHOICES)).stream().map(ProjectSearch::asChoice).toList();
    }

    @Override
    public Optional<Entry> find(long id) {
        return index.query(session -> session.search(Project.class)
                .select(ProjectHit.class)
                .where(f -> f.bool().filter(ContentIndex.visibleTo(f, true)).filter(f.id().matching(id)))
                .fetchSingleHit()).map(ProjectSearch::asChoice);
    }

    private static Entry asChoice(ProjectHit hit) {
        return new Entry(hit.id(), hit.title(), ProjectViews.path(hit.id(), hit.slug()));
    }

    private static BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, Filters filters, boolean viewerIsMember) {
        BooleanPredicateClausesStep<?, ?> all = f.bool().filter(ContentIndex.visibleTo(f, viewerIsMember));
        ContentIndex.filterIfChosen(all, f, Project.STAGE, filters.stage());
        ContentIndex.filterIfChosen(all, f, ContentIndex.THEMES, filters.themeId());
        ContentIndex.filterIfChosen(all, f, ContentIndex.COUNTRIES, filters.countryIso2());
        return all;
    }
}
