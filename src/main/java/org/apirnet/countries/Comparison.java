package org.apirnet.countries;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Subregion;
import org.apirnet.taxonomy.Taxonomy;

import org.springframework.web.util.UriUtils;

/**
 * A comparison as its URL states it: countries (or whole subregions), indicators (or whole groups), the column to sort
 * by and the direction. Whatever the URL names that does not exist is kept aside to be reported, never guessed at.
 */
public record Comparison(List<Country> countries, List<Indicator> indicators, Set<String> subregions, Set<String> groups,
                  List<Map.Entry<String, String>> choice, String sort, boolean descending, List<String> unknownCountries,
                  List<String> unknownIndicators) {

    /** More values than this of one parameter are not read: no comparison needs them. */
    static final int MAX_VALUES = 100;
    static final String BY_COUNTRY = "country";

    record Request(List<String> country, List<String> subregion, List<String> indicator, List<String> group,
                   String sort, String dir) {
    }

    static Comparison of(Request request, Taxonomy taxonomy, IndicatorCatalog.Definitions definitions) {
        List<Map.Entry<String, String>> choice = new ArrayList<>();
        List<String> unknownCountries = new ArrayList<>();
        Set<String> subregions = new LinkedHashSet<>();
        Set<Country> chosenCountries = new LinkedHashSet<>();
        for (String slug : firstFew(request.subregion())) {
            Subregion.ofSlug(slug).ifPresentOrElse(subregion -> {
                subregions.add(subregion.slug());
                choice.add(Map.entry("subregion", subregion.slug()));
                chosenCountries.addAll(taxonomy.countriesBySubregion().getOrDefault(subregion, List.of()));
            }, () -> unknownCountries.add(slug));
        }
        for (String code : firstFew(request.country())) {
            CountryController.country(taxonomy, code).ifPresentOrElse(country -> {
                chosenCountries.add(country);
                choice.add(Map.entry("country", country.getSlug()));
            }, () -> unknownCountries.add(code));
        }
        List<String> unknownIndicators = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        Set<Indicator> chosenIndicators = new LinkedHashSet<>();
        for (String slug : firstFew(request.group())) {
            definitions.group(slug).ifPresentOrElse(group -> {
                groups.add(group.getSlug());
                choice.add(Map.entry("group", group.getSlug()));
                chosenIndicators.addAll(definitions.inGroup(group));
            }, () -> unknownIndicators.add(slug));
        }
        for (String slug : firstFew(request.indicator())) {
            definitions.indicator(slug).ifPresentOrElse(indicator -> {
                chosenIndicators.add(indicator);
                choice.add(Map.entry("indicator", indicator.getSlug()));
            }, () -> unknownIndicators.add(slug));
        }
        List<Country> countries = taxonomy.countries().stream().filter(chosenCountries::contains).toList();
        List<Indicator> indicators = definitions.inOrder(chosenIndicators);
        String sort = request.sort() != null && indicators.stream().anyMatch(i -> i.getSlug().equals(request.sort()))
                ? request.sort() : BY_COUNTRY;
        return new Comparison(countries, indicators, subregions, groups, List.copyOf(choice), sort, "desc".equals(request.dir()),
                List.copyOf(unknownCountries), List.copyOf(unknownIndicators));
    }

    /** This comparison's address (page or CSV), sorted as given: what a link or a bookmark holds. */
    String link(String path, String sortBy, boolean descendingOrder) {
        StringBuilder link = new StringBuilder(path);
        List<Map.Entry<String, String>> parameters = new ArrayList<>(choice);
        if (!BY_COUNTRY.equals(sortBy)) {
            parameters.add(Map.entry("sort", sortBy));
        }
        if (descendingOrder) {
            parameters.add(Map.entry("dir", "desc"));
        }
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters) {
            link.append(separator).append(parameter.getKey()).append('=')
                    .append(UriUtils.encodeQueryParam(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return link.toString();
    }

    public String href() {
        return link("/countries/compare", sort, descending);
    }

    public String csvHref() {
        return link("/countries/compare.csv", sort, descending);
    }

    /** The link that sorts by a column: ascending first, the other way round when it is the column sorted by now. */
    String sortHref(String column) {
        return link("/countries/compare", column, column.equals(sort) && !descending);
    }

    boolean isComplete() {
        return !countries.isEmpty() && !indicators.isEmpty();
    }

    boolean hasUnknowns() {
        return !unknownCountries.isEmpty() || !unknownIndicators.isEmpty();
    }

    public boolean includesCountry(Country country) {
        return countries.contains(country);
    }

    public boolean includesIndicator(String slug) {
        return indicators.stream().anyMatch(indicator -> indicator.getSlug().equals(slug));
    }

    /** The countries in the order asked for: by name, or by one indicator's values with missing ones always last. */
    List<Country> rowsInOrder(Map<String, Map<Short, IndicatorValue>> values) {
        Comparator<Country> byName = Comparator.comparing(Country::getName);
        if (BY_COUNTRY.equals(sort)) {
            return countries.stream().sorted(descending ? byName.reversed() : byName).toList();
        }
        Indicator column = indicators.stream().filter(i -> i.getSlug().equals(sort)).findFirst().orElseThrow();
        Comparator<ParsedValue> order = ValueDisplay.ascending(column);
        Comparator<ParsedValue> directed = descending ? order.reversed() : order;
        List<Country> given = new ArrayList<>();
        List<Country> missing = new ArrayList<>();
        for (Country country : countries) {
            IndicatorValue value = values.getOrDefault(country.getIso2(), Map.of()).get(column.getId());
            (value == null || value.isMissing() ? missing : given).add(country);
        }
        given.sort(Comparator.comparing((Country country) -> values.get(country.getIso2()).get(column.getId()).toParsed(), directed)
                .thenComparing(byName));
        missing.sort(byName);
        given.addAll(missing);
        return given;
    }

    private static List<String> firstFew(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().limit(MAX_VALUES).filter(value -> value != null && !value.isBlank())
                .map(value -> value.length() > 80 ? value.substring(0, 80) : value.strip()).distinct().toList();
    }
}
