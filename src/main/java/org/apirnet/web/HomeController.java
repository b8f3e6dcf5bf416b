package org.apirnet.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final List<HomeSectionProvider> providers;

    HomeController(List<HomeSectionProvider> providers) {
        this.providers = providers;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("sections", PageSection.inOrder(providers.stream().map(HomeSectionProvider::homeSection)));
        SharedPages.share();
        return "home";
    }

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem("/", "nav.home", 0);
    }
}
