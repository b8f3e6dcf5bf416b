package org.apirnet.taxonomy;

import org.apirnet.web.HomeSection;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ThemeController implements HomeSectionProvider {

    private final Taxonomy taxonomy;

    ThemeController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/themes")
    String themes(Model model) {
        model.addAttribute("themes", taxonomy.themes());
        return "themes/list";
    }

    @GetMapping("/themes/{slug}")
    String theme(@PathVariable String slug, Model model) {
        Theme theme = taxonomy.theme(slug).orElseThrow(() -> new NotFoundException("theme"));
        model.addAttribute("theme", theme);
        return "themes/detail";
    }

    @Override
    public HomeSection homeSection() {
        return new HomeSection("themes/fragments", "home-themes", taxonomy.themes(), 20);
    }

    @Bean
    static NavigationItem themesNavigation() {
        return new NavigationItem("/themes", "nav.themes", 10);
    }
}
