package org.apirnet.taxonomy;

import java.util.List;

import org.apirnet.web.PageSection;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.SharedPages;
import org.apirnet.web.PageDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ThemeController implements HomeSectionProvider {

    private final Taxonomy taxonomy;
    private final List<TaggedContentProvider> contentProviders;
    private final CurrentViewer viewer;

    ThemeController(Taxonomy taxonomy, List<TaggedContentProvider> contentProviders, CurrentViewer viewer) {
        this.taxonomy = taxonomy;
        this.contentProviders = contentProviders;
        this.viewer = viewer;
    }

    @GetMapping("/themes")
    String themes(Model model) {
        model.addAttribute("themes", taxonomy.themes());
        SharedPages.share();
        return "themes/list";
    }

    @GetMapping("/themes/{slug}")
    String theme(@PathVariable String slug, Model model) {
        Theme theme = taxonomy.theme(slug).orElseThrow(() -> new NotFoundException("theme"));
        model.addAttribute("theme", theme);
        PageDescription.describe(model, theme.getDescription());
        boolean member = viewer.isMember();
        model.addAttribute("sections", PageSection.inOrder(contentProviders.stream()
                .flatMap(provider -> provider.themeSection(theme, member).stream())));
        SharedPages.share();
        return "themes/detail";
    }

    @Override
    public PageSection homeSection() {
        return new PageSection("themes/fragments", "home-themes", taxonomy.themes(), 20);
    }

    @Bean
    static NavigationItem themesNavigation() {
        return new NavigationItem("/themes", "nav.themes", 10);
    }
}
