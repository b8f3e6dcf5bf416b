package org.apirnet.countries;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.TaggedContentProvider;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.CurrentViewer;
import org.apirnet.web.PageSection;
import org.apirnet.web.HomeSectionProvider;
import org.apirnet.web.NavigationItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PageDescription;
import org.apirnet.web.SharedPages;

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
    private final IndicatorCatalog catalog;
    private final CountryProfiles profiles;

    CountryController(Taxonomy taxonomy, List<TaggedContentProvider> contentProviders, CurrentViewer viewer,
                      IndicatorCatalog catalog, CountryProfiles profiles) {
        this.taxonomy = taxonomy;
        this.contentProviders = contentProviders;
        this.viewer = viewer;
        this.catalog = catalog;
        this.profiles = profiles;
    }

    @GetMapping("/countries")
    String countries(Model model) {
        model.addAttribute("countriesBySubregion", taxonomy.countriesBySubregion());
        SharedPages.share();
        return "countries/list";
    }

    /** Country URLs use the lower-case code; an upper-case one is redirected there permanently. */
    @GetMapping("/countries/{iso2}")
    Object country(@PathVariable String iso2, Model model) {
        Country country = country(taxonomy, iso2).orElseThrow(() -> new NotFoundException("country"));
        if (!iso2.equals(country.getSlug())) {
            RedirectView redirect = new RedirectView("/countries/" + country.getSlug(), true);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return redirect;
        }
        model.addAttribute("country", country);
        PageDescription.describeWith(model, "country.description", country.getName());
        model.addAttribute("profile", ProfileViews.profile(catalog.definitions(), profiles.valuesOf(country)));
        model.addAttribute("isEditor", viewer.isEditor());
        boolean member = viewer.isMember();
        model.addAttribute("sections", PageSection.inOrder(contentProviders.stream()
                .flatMap(provider -> provider.countrySection(country, member).stream())));
        SharedPages.share();
        return "countries/detail";
    }

    /** The country of a path's code, in either case; nothing for anything that is not a code of one. */
    static Optional<Country> country(Taxonomy taxonomy, String iso2) {
        return ISO2.matcher(iso2).matches() ? taxonomy.country(iso2) : Optional.empty();
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
