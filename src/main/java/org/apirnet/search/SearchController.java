package org.apirnet.search;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.apirnet.web.CurrentViewer;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.RequestValues;
import org.apirnet.web.SharedPages;

@Controller
class SearchController {

    private final SearchPage page;
    private final SiteSearch siteSearch;
    private final CurrentViewer viewer;

    SearchController(SearchPage page, SiteSearch siteSearch, CurrentViewer viewer) {
        this.page = page;
        this.siteSearch = siteSearch;
        this.viewer = viewer;
    }

    /** Every parameter arrives as a plain string: any value, however odd, gets a page rather than an error. */
    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String query,
                  @RequestParam(name = "kind", required = false) String kind,
                  @RequestParam(name = "theme", required = false) String theme,
                  @RequestParam(name = "country", required = false) String country,
                  @RequestParam(name = "subregion", required = false) String subregion,
                  @RequestParam(name = "type", required = false) String type,
                  @RequestParam(name = "language", required = false) String language,
                  @RequestParam(name = "year", required = false) String year,
                  @RequestParam(name = "sort", required = false) String sort,
                  @RequestParam(name = "page", required = false) String pageNumber,
                  Model model) {
        model.addAttribute("maxLength", SiteSearch.MAX_QUERY_LENGTH);
        model.addAttribute("view", page.show(new SearchPage.Request(query, kind, theme, country, subregion, type, language, year,
                sort, RequestValues.pageIndex(pageNumber)), viewer.isMember()));
        SharedPages.share();
        return "search/results";
    }

    /**
     * Titles to offer while someone types into a search box: a fragment the search boxes' script places under the box.
     * Without the script nobody asks for it, and search works the same.
     */
    @GetMapping("/search/suggestions")
    String suggestions(@RequestParam(name = "q", required = false) String typed, Model model) {
        model.addAttribute("suggestions", siteSearch.suggest(typed, viewer.isMember()));
        SharedPages.share();
        return "search/suggestions :: list";
    }

    @Bean
    static NavigationItem searchNavigation() {
        return new NavigationItem("/search", "nav.search", 90);
    }
}
