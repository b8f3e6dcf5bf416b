package org.apirnet.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final List<HomeSectionProvider> providers;
    private final ViewerSections viewerSections;

    HomeController(List<HomeSectionProvider> providers, ViewerSections viewerSections) {
        this.providers = providers;
        this.viewerSections = viewerSections;
    }

    @GetMapping("/")
    String home(Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("sections", PageSection.inOrder(providers.stream().map(HomeSectionProvider::homeSection)));
        model.addAttribute("viewerSections", viewerSections.placeIn(request, response));
        SharedPages.share();
        return "home";
    }

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem("/", "nav.home", 0);
    }
}
