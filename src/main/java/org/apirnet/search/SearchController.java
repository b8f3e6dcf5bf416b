package org.apirnet.search;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.apirnet.web.CurrentViewer;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.RequestValues;

@Controller
class SearchController {

    private final SiteSearch siteSearch;
    private final CurrentViewer viewer;

    SearchController(SiteSearch siteSearch, CurrentViewer viewer) {
        this.siteSearch = siteSearch;
        this.viewer = viewer;
    }

    /** Query and page arrive as plain strings: any value, however odd, gets a page rather than an error. */
    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false, defaultValue = "") String query,
                  @RequestParam(name = "page", required = false, defaultValue = "1") String page,
                  Model model) {
        model.addAttribute("tooLong", query.strip().length() > SiteSearch.MAX_QUERY_LENGTH);
        model.addAttribute("maxLength", SiteSearch.MAX_QUERY_LENGTH);
        model.addAttribute("results", siteSearch.search(query, RequestValues.pageIndex(page), viewer.isMember()));
        return "search/results";
    }

    @Bean
    static NavigationItem searchNavigation() {
        return new NavigationItem("/search", "nav.search", 90);
    }
}
