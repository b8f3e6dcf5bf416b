package org.apirnet.blog;

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
 * The blog page: newest first, narrowed by kind, theme, country and year, as plain links; a value that names nothing
 * is dropped with a notice; one index query answers the page and its facets.
 */
@Component
class BlogBrowsePage {

    record Request(String kind, String theme, String country, String year, int pageIndex) {
    }

    public record View(List<BlogViews.Card> results, long total, Pager pager, List<Facet> facets, QueryLinks links,
                       List<String> ignored) {
    }

    private final BlogSearch search;
    private final BlogViews views;
    private final Taxonomy taxonomy;
    private final ContentTags tags;
    private final MessageSource messages;

    BlogBrowsePage(BlogSearch search, BlogViews views, Taxonomy taxonomy, ContentTags tags, MessageSource messages) {
        this.search = search;
        this.views = views;
        this.taxonomy = taxonomy;
        this.tags = tags;
        this.messages = messages;
    }

    View show(Request request, boolean viewerIsMember) {
        List<String> ignored = new ArrayList<>();
        Optional<BlogKind> kind = RequestValues.lookUp(request.kind(), "kind", ignored, BlogKind::ofSlug);
        Optional<Theme> theme = RequestValues.lookUp(request.theme(), "theme", ignored, taxonomy::theme);
        Optional<Country> country = RequestValues.lookUp(request.country(), "country", ignored, taxonomy::country);
        Optional<Integer> year = RequestValues.lookUp(request.year(), "year", ignored, RequestValues::year);

        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind.map(BlogKind::slug).orElse(null));
        state.put("theme", theme.map(Theme::getSlug).orElse(null));
        state.put("country", country.map(Country::getSlug).orElse(null));
        state.put("year", year.orElse(null));
        QueryLinks links = QueryLinks.of("/blog", state);

        BlogSearch.Filters filters = new BlogSearch.Filters(kind.orElse(null), theme.map(Theme::getId).orElse(null),
                country.map(Country::getIso2).orElse(null), year.orElse(null));
        BlogSearch.Page page = search.list(filters, request.pageIndex(), viewerIsMember);
        BlogSearch.Facets counts = page.facets();
        List<Facet> facets = List.of(
                Facet.of("kind", "blog.filter.kind", links, page.total(), kind.map(this::kindName),
                        Facet.byCount(counts.kinds()), this::kindName, BlogKind::slug),
                tags.themeFacet("blog.filter.theme", links, page.total(), theme, counts.themes()),
                tags.countryFacet("blog.filter.country", links, page.total(), country, counts.countries()),
                Facet.of("year", "blog.filter.year", links, page.total(), year.map(String::valueOf),
                        Facet.byYear(counts.years()), String::valueOf, String::valueOf));
        return new View(views.cards(page.hits(), viewerIsMember), page.total(),
                Pager.of(request.pageIndex(), page.total(), BlogSearch.PAGE_SIZE, links), facets, links, ignored);
    }

    private String kindName(BlogKind kind) {
        return messages.getMessage(kind.labelKey(), null, kind.name(), LocaleContextHolder.getLocale());
    }
}
