package org.apirnet.countries;

import java.util.regex.Pattern;

import java.util.List;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.PageSection;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class CountryController implements HomeSectionProvider {

    private static final Pattern ISO2 = Pattern.compile("[A-Za-z]{2}");

    private final Taxonomy taxonomy;
    private final List<TaggedContentProvider> contentProviders;
    private final CurrentViewer viewer;

    CountryController(Taxonomy taxonomy, List<TaggedContentProvider> contentProviders, CurrentViewer viewer) {
        this.taxonomy = taxonomy;
        this.contentProviders = contentProviders;
        this.viewer = viewer;
    }

    @GetMapping("/countries")
    String countries(Model model) {
        model.addAttribute("countriesBySubregion", taxonomy.countriesBySubregion());
        return "countries/list";
    }

    /** Country URLs use the lower-case code; an upper-case one is redirected there permanently. */
    @GetMapping("/countries/{iso2}")
    Object country(@PathVariable String iso2, Model model) {
        if (!ISO2.matcher(iso2).matches()) {
            throw new NotFoundException("country");
        }
        Country country = taxonomy.country(iso2).orElseThrow(() -> new NotFoundException("country"));
        if (!iso2.equals(country.getSlug())) {
            RedirectView redirect = new RedirectView("/countries/" + country.getSlug(), true);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return redirect;
        }
        model.addAttribute("country", country);
        boolean member = viewer.isMember();
        model.addAttribute("sections", PageSection.inOrder(contentProviders.stream()
                .flatMap(provider -> provider.countrySection(country, member).stream())));
        return "countries/detail";
    }

    @Override
    public PageSection homeSection() {
        return new PageSection("countries/fragments", "home-countries", taxonomy.countriesBySubregion(), 30);
    }

    @Bean
    static NavigationItem countriesNavigation() {
        return new NavigationItem("/countries", "nav.countries", 20);
    }
}
