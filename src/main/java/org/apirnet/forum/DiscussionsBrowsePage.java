package org.apirnet.forum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apirnet.content.ContentTags;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;
import org.apirnet.web.Facet;
import org.apirnet.web.Pager;
import org.apirnet.web.QueryLinks;
import org.apirnet.web.RequestValues;

import org.springframework.stereotype.Component;

/**
 * {@code /discussions}: open discussions first with their countdown, then upcoming ones, then the archive of closed
 * ones with their synopses, facetted by theme, country and year. Filters arrive as query parameters (a value that
 * names nothing is dropped with a notice); three index queries answer the page, no SQL.
 */
@Component
class DiscussionsBrowsePage {

    record Request(String theme, String country, String year, int pageIndex) {
    }

    /** What the template shows. */
    public record View(List<DiscussionViews.Card> open, List<DiscussionViews.Card> upcoming, List<DiscussionViews.Card> archive,
                       long archiveTotal, Pager pager, List<Facet> facets, QueryLinks links, List<String> ignored) {
    }

    private final DiscussionSearch search;
    private final DiscussionViews views;
    private final Taxonomy taxonomy;
    private final ContentTags tags;

    DiscussionsBrowsePage(DiscussionSearch search, DiscussionViews views, Taxonomy taxonomy, ContentTags tags) {
        this.search = search;
        this.views = views;
        this.taxonomy = taxonomy;
        this.tags = tags;
    }

    View show(Request request, boolean viewerIsMember, Instant now) {
        List<String> ignored = new ArrayList<>();
        Optional<Theme> theme = RequestValues.lookUp(request.theme(), "theme", ignored, taxonomy::theme);
        Optional<Country> country = RequestValues.lookUp(request.country(), "country", ignored, taxonomy::country);
        Optional<Integer> year = RequestValues.lookUp(request.year(), "year", ignored, RequestValues::year);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("theme", theme.map(Theme::getSlug).orElse(null));
        state.put("country", country.map(Country::getSlug).orElse(null));
        state.put("year", year.orElse(null));
        QueryLinks links = QueryLinks.of("/discussions", state);

        // The year narrows the archive only: open and upcoming discussions are few and always shown.
        DiscussionSearch.Filters current = new DiscussionSearch.Filters(theme.map(Theme::getId).orElse(null),
                country.map(Country::getIso2).orElse(null), null);
        DiscussionSearch.Filters archived = new DiscussionSearch.Filters(current.themeId(), current.countryIso2(), year.orElse(null));
        DiscussionSearch.Page archive = search.archive(archived, request.pageIndex(), viewerIsMember, now);
        List<Facet> facets = List.of(
                tags.themeFacet("forum.filter.theme", links, archive.total(), theme, archive.facets().themes()),
                tags.countryFacet("forum.filter.country", links, archive.total(), country, archive.facets().countries()),
                Facet.of("year", "forum.filter.year", links, archive.total(), year.map(String::valueOf),
                        Facet.byYear(archive.facets().years()), String::valueOf, String::valueOf));
        return new View(views.cards(search.open(current, viewerIsMember, now, DiscussionSearch.CURRENT_LIMIT), now),
                views.cards(search.upcoming(current, viewerIsMember, now, DiscussionSearch.CURRENT_LIMIT), now),
                views.cards(archive.hits(), now), archive.total(),
                Pager.of(request.pageIndex(), archive.total(), DiscussionSearch.PAGE_SIZE, links), facets, links, ignored);
    }
}
