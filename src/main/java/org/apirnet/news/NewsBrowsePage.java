package org.apirnet.news;

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

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The news page: newest first, narrowed by kind, theme, country and year. Filters come from the query string (a
 * value that names nothing is dropped with a notice, never an error); one index query answers the page and its
 * facet counts; every state is a plain link, so the page works without JavaScript.
 */
@Component
class NewsBrowsePage {

    /** The query string as it came; any value at all. */
    record Request(String kind, String theme, String country, String year, int pageIndex) {
    }

    /** What the template shows. */
    public record View(List<NewsViews.Card> results, long total, Pager pager, List<Facet> facets, QueryLinks links,
                       List<String> ignored) {
    }

    private final NewsSearch search;
    private final NewsViews views;
    private final Taxonomy taxonomy;
    private final ContentTags tags;
    private final MessageSource messages;

    NewsBrowsePage(NewsSearch search, NewsViews views, Taxonomy taxonomy, ContentTags tags, MessageSource messages) {
        this.search = search;
        this.views = views;
        this.taxonomy = taxonomy;
        this.tags = tags;
        this.messages = messages;
    }

    View show(Request request, boolean viewerIsMember) {
        List<String> ignored = new ArrayList<>();
        Optional<NewsKind> kind = RequestValues.lookUp(request.kind(), "kind", ignored, NewsKind::ofSlug);
        Optional<Theme> theme = RequestValues.lookUp(request.theme(), "theme", ignored, taxonomy::theme);
        Optional<Country> country = RequestValues.lookUp(request.country(), "country", ignored, taxonomy::country);
        Optional<Integer> year = RequestValues.lookUp(request.year(), "year", ignored, RequestValues::year);

        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind.map(NewsKind::slug).orElse(null));
        state.put("theme", theme.map(Theme::getSlug).orElse(null));
        state.put("country", country.map(Country::getSlug).orElse(null));
        state.put("year", year.orElse(null));
        QueryLinks links = QueryLinks.of("/news", state);

        NewsSearch.Filters filters = new NewsSearch.Filters(kind.orElse(null), theme.map(Theme::getId).orElse(null),
                country.map(Country::getIso2).orElse(null), year.orElse(null));
        NewsSearch.Page page = search.list(filters, request.pageIndex(), viewerIsMember);
        NewsSearch.Facets counts = page.facets();
        List<Facet> facets = List.of(
                Facet.of("kind", "news.filter.kind", links, page.total(), kind.map(this::kindName),
                        Facet.byCount(counts.kinds()), this::kindName, NewsKind::slug),
                tags.themeFacet("news.filter.theme", links, page.total(), theme, counts.themes()),
                tags.countryFacet("news.filter.country", links, page.total(), country, counts.countries()),
                Facet.of("year", "news.filter.year", links, page.total(), year.map(String::valueOf),
                        Facet.byYear(counts.years()), String::valueOf, String::valueOf));
        return new View(views.cards(page.hits()), page.total(),
                Pager.of(request.pageIndex(), page.total(), NewsSearch.PAGE_SIZE, links), facets, links, ignored);
    }

    /** A kind's name as the reader's language says it (facet values are names, not message keys). */
    private String kindName(NewsKind kind) {
        return messages.getMessage(kind.labelKey(), null, kind.name(), LocaleContextHolder.getLocale());
    }
}
