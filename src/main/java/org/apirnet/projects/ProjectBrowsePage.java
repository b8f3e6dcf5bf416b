package org.apirnet.projects;

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
 * The projects page: latest start first, narrowed by country, theme and stage. Filters come from the query string (a
 * value that names nothing is dropped with a notice, never an error); one index query answers the page and its facet
 * counts; every state is a plain link, so the page works without JavaScript.
 */
@Component
class ProjectBrowsePage {

    /** The query string as it came; any value at all. */
    record Request(String stage, String theme, String country, int pageIndex) {
    }

    /** What the template shows. */
    public record View(List<ProjectViews.Card> results, long total, Pager pager, List<Facet> facets, QueryLinks links,
                       List<String> ignored) {
    }

    private final ProjectSearch search;
    private final ProjectViews views;
    private final Taxonomy taxonomy;
    private final ContentTags tags;
    private final MessageSource messages;

    ProjectBrowsePage(ProjectSearch search, ProjectViews views, Taxonomy taxonomy, ContentTags tags, MessageSource messages) {
        this.search = search;
        this.views = views;
        this.taxonomy = taxonomy;
        this.tags = tags;
        this.messages = messages;
    }

    View show(Request request, boolean viewerIsMember) {
        List<String> ignored = new ArrayList<>();
        Optional<ProjectStage> stage = RequestValues.lookUp(request.stage(), "stage", ignored, ProjectStage::ofSlug);
        Optional<Theme> theme = RequestValues.lookUp(request.theme(), "theme", ignored, taxonomy::theme);
        Optional<Country> country = RequestValues.lookUp(request.country(), "country", ignored, taxonomy::country);

        Map<String, Object> state = new LinkedHashMap<>();
        state.put("country", country.map(Country::getSlug).orElse(null));
        state.put("theme", theme.map(Theme::getSlug).orElse(null));
        state.put("stage", stage.map(ProjectStage::slug).orElse(null));
        QueryLinks links = QueryLinks.of("/projects", state);

        ProjectSearch.Filters filters = new ProjectSearch.Filters(stage.orElse(null), theme.map(Theme::getId).orElse(null),
                country.map(Country::getIso2).orElse(null));
        ProjectSearch.Page page = search.list(filters, request.pageIndex(), viewerIsMember);
        ProjectSearch.Facets counts = page.facets();
        List<Facet> facets = List.of(
                tags.countryFacet("projects.filter.country", links, page.total(), country, counts.countries()),
                tags.themeFacet("projects.filter.theme", links, page.total(), theme, counts.themes()),
                Facet.of("stage", "projects.filter.stage", links, page.total(), stage.map(this::stageName),
                        Facet.byCount(counts.stages()), this::stageName, ProjectStage::slug));
        return new View(views.cards(page.hits()), page.total(),
                Pager.of(request.pageIndex(), page.total(), ProjectSearch.PAGE_SIZE, links), facets, links, ignored);
    }

    /** A stage's name as the reader's language says it (facet values are names, not message keys). */
    private String stageName(ProjectStage stage) {
        return messages.getMessage(stage.labelKey(), null, stage.name(), LocaleContextHolder.getLocale());
    }
}
