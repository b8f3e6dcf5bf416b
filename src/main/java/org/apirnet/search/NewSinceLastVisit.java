package org.apirnet.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.apirnet.content.IndexedKind;
import org.apirnet.identity.MemberVisits;
import org.apirnet.platform.ChangeAwareCache;
import org.apirnet.platform.DataChanges;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.DisplayDates;
import org.apirnet.web.PageSection;
import org.apirnet.web.PortalPrincipal;
import org.apirnet.web.ViewerSectionProvider;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.query.SearchResult;

import org.springframework.stereotype.Component;

/**
 * What has been published since a member's last visit in their themes and country (everything, if they chose none),
 * of every kind the index holds, newest first: the top of their home page. Answered by the index alone and kept
 * until the next change, so a member's home page costs no SQL for it after the first look.
 */
@Component
class NewSinceLastVisit implements ViewerSectionProvider {

    /** One row of a laptop screen: home must still show the newest of every kind on it. */
    static final int SHOWN = 3;
    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of(ContentIndex.KIND);

    /** One new item: its title, page, kind (a message key) and publication day. */
    public record NewItem(String title, String href, String kindKey, String date, String dateIso) {
    }

    /** How many new items of one kind, and the list of that kind (newest first there too). */
    public record KindCount(String kindKey, String listPath, long count) {
    }

    /**
     * What a member is shown: since when, whether that is since they joined, whether it is narrowed to their
     * themes and country, how many items in all, the newest few and the count per kind.
     */
    public record NewItems(String since, String sinceIso, boolean sinceJoining, boolean inTheirInterests, long total,
                           List<NewItem> items, List<KindCount> kinds) {

        public long notShown() {
            return total - items.size();
        }
    }

    private record Asked(Instant since, Set<Short> themeIds, String countryIso2) {
    }

    private final IndexSearch index;
    private final MemberVisits visits;
    private final CurrentViewer currentViewer;
    private final Map<String, IndexedKind> kinds;
    private final List<Class<?>> contentTypes;
    private final ChangeAwareCache<Asked, Found> answers;

    private record Found(long total, List<NewItem> items, List<KindCount> kinds) {
    }

    NewSinceLastVisit(IndexSearch index, MemberVisits visits, CurrentViewer currentViewer, List<IndexedKind> kinds,
                      DataChanges changes) {
        this.index = index;
        this.visits = visits;
        this.currentViewer = currentViewer;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(IndexedKind::key, Function.identity()));
        this.contentTypes = kinds.stream().<Class<?>>map(IndexedKind::entityType).toList();
        this.answers = new ChangeAwareCache<>(changes, 10_000, Duration.ofMinutes(10));
    }

    @Override
    public PageSection viewerSection(PortalPrincipal viewer, HttpServletRequest request) {
        if (contentTypes.isEmpty() || !currentViewer.isMember()) {
            return null; // applicants see nothing members-only, and have no interests to go by yet
        }
        return visits.sinceLastVisit(viewer.getAccountId(), request).map(visit -> {
            Found found = answers.get(new Asked(visit.since(), visit.themeIds(), visit.countryIso2()), this::find);
            return new PageSection("search/fragments", "new-since-last-visit",
                    new NewItems(DisplayDates.day(visit.since()), DisplayDates.isoDay(visit.since()), visit.firstVisit(),
                            visit.hasInterests(), found.total(), found.items(), found.kinds()), 0);
        }).orElse(null);
    }

    private Found find(Asked asked) {
        return index.query(session -> {
            SearchResult<List<?>> result = session.search(contentTypes)
                    .select(f -> f.composite().from(
                            f.field(ContentIndex.KIND, String.class),
                            f.id(Long.class),
                            f.field(ContentIndex.TITLE, String.class),
                            f.field(ContentIndex.PUBLISHED, Instant.class)).asList())
                    .where(f -> {
                        BooleanPredicateClausesStep<?, ?> all = f.bool()
                                .filter(ContentIndex.visibleTo(f, true))
                                .filter(f.range().field(ContentIndex.PUBLISHED).greaterThan(asked.since()));
                        if (!asked.themeIds().isEmpty() || asked.countryIso2() != null) {
                            BooleanPredicateClausesStep<?, ?> theirs = f.bool();
                            if (!asked.themeIds().isEmpty()) {
                                theirs.should(ContentIndex.taggedWithAnyTheme(f, asked.themeIds()));
                            }
                            if (asked.countryIso2() != null) {
                                theirs.should(ContentIndex.taggedWithAnyCountry(f, List.of(asked.countryIso2())));
                            }
                            all.filter(theirs);
                        }
                        return all;
                    })
                    .aggregation(KINDS, f -> f.terms().field(ContentIndex.KIND, String.class).maxTermCount(50))
                    .sort(f -> f.field(ContentIndex.PUBLISHED).desc().then().field(ContentIndex.ID).desc())
                    .fetch(SHOWN);
            List<NewItem> items = result.hits().stream().map(this::toItem).filter(Objects::nonNull).toList();
            List<KindCount> counts = result.aggregation(KINDS).entrySet().stream()
                    .filter(entry -> kinds.containsKey(entry.getKey()))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(entry -> {
                        IndexedKind kind = kinds.get(entry.getKey());
                        return new KindCount(kind.labelKey(), listPathOf(kind), entry.getValue());
                    })
                    .toList();
            return new Found(result.total().hitCount(), items, counts);
        });
    }

    private NewItem toItem(List<?> row) {
        IndexedKind kind = kinds.get((String) row.get(0));
        if (kind == null) {
            return null;
        }
        Instant published = (Instant) row.get(3);
        return new NewItem((String) row.get(2), kind.pathOf((Long) row.get(1)), kind.labelKey(), DisplayDates.day(published),
                DisplayDates.isoDay(published));
    }

    /** A kind's list: its items' path without the trailing slash ({@code /news/} → {@code /news}). */
    private static String listPathOf(IndexedKind kind) {
        String path = kind.itemPath();
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }
}
