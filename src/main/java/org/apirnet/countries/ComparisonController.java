package org.apirnet.countries;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.SharedPages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Cross-country comparison tables: the choice is in the URL, so a comparison can be linked to and downloaded. */
@Controller
class ComparisonController {

    /** A column of the table: an indicator, and how the table is sorted by it now (null: not sorted by it). */
    public record Column(String slug, String name, String group, String sortedAs, String sortHref) {
    }

    public record Row(String countrySlug, String countryName, List<ProfileViews.ValueView> cells) {
    }

    public record Table(List<Column> columns, List<Row> rows, String countrySortedAs, String countrySortHref, boolean anySample) {
    }

    private final Taxonomy taxonomy;
    private final IndicatorCatalog catalog;
    private final CountryProfiles profiles;

    ComparisonController(Taxonomy taxonomy, IndicatorCatalog catalog, CountryProfiles profiles) {
        this.taxonomy = taxonomy;
        this.catalog = catalog;
        this.profiles = profiles;
    }

    @GetMapping("/countries/compare")
    String compare(@RequestParam(name = "country", required = false) List<String> countries,
                   @RequestParam(name = "subregion", required = false) List<String> subregions,
                   @RequestParam(name = "indicator", required = false) List<String> indicators,
                   @RequestParam(name = "group", required = false) List<String> groups,
                   @RequestParam(name = "sort", required = false) String sort,
                   @RequestParam(name = "dir", required = false) String dir, Model model) {
        IndicatorCatalog.Definitions definitions = catalog.definitions();
        Comparison comparison = Comparison.of(new Comparison.Request(countries, subregions, indicators, groups, sort, dir),
                taxonomy, definitions);
        model.addAttribute("comparison", comparison);
        model.addAttribute("countriesBySubregion", taxonomy.countriesBySubregion());
        model.addAttribute("groups", ProfileViews.groups(definitions, false));
        model.addAttribute("table", comparison.isComplete() ? table(comparison, definitions) : null);
        SharedPages.share();
        return "countries/compare";
    }

    @GetMapping("/countries/compare.csv")
    void csv(@RequestParam(name = "country", required = false) List<String> countries,
             @RequestParam(name = "subregion", required = false) List<String> subregions,
             @RequestParam(name = "indicator", required = false) List<String> indicators,
             @RequestParam(name = "group", required = false) List<String> groups,
             @RequestParam(name = "sort", required = false) String sort,
             @RequestParam(name = "dir", required = false) String dir, HttpServletResponse response) throws IOException {
        Comparison comparison = Comparison.of(new Comparison.Request(countries, subregions, indicators, groups, sort, dir),
                taxonomy, catalog.definitions());
        // A file cannot carry a field message: a download that names what does not exist, or nothing, is not found.
        if (comparison.hasUnknowns() || !comparison.isComplete()) {
            throw new NotFoundException("comparison");
        }
        Map<String, Map<Short, IndicatorValue>> values = profiles.valuesOf(comparison.countries(), comparison.indicators());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("apirnet-country-comparison.csv").build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // The byte order mark makes spreadsheet programs read the file as UTF-8 (country names, notes in any script).
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of("Country", "ISO code"));
            for (Indicator indicator : comparison.indicators()) {
                header.add(indicator.getName());
                header.add(indicator.getName() + " - reference year");
                header.add(indicator.getName() + " - source");
                header.add(indicator.getName() + " - note");
            }
            printer.printRecord(header.stream().map(SpreadsheetCells::defused).toList());
            for (Country country : comparison.rowsInOrder(values)) {
                List<String> record = new ArrayList<>(List.of(country.getName(), country.getIso2()));
                for (Indicator indicator : comparison.indicators()) {
                    ProfileViews.ValueView value = ProfileViews.value(indicator,
                            values.getOrDefault(country.getIso2(), Map.of()).get(indicator.getId()));
                    if (value.missing()) {
                        record.addAll(List.of("", "", "", ""));
                        continue;
                    }
                    record.add(value.text());
                    record.add(String.valueOf(value.referenceYear()));
                    record.add(value.sourceUrl());
                    String note = value.note() == null ? "" : value.note();
                    record.add(value.sample() ? ("Sample value for the demo. " + note).strip() : note);
                }
                printer.printRecord(record.stream().map(SpreadsheetCells::defused).toList());
            }
        }
    }

    private Table table(Comparison comparison, IndicatorCatalog.Definitions definitions) {
        Map<String, Map<Short, IndicatorValue>> values = profiles.valuesOf(comparison.countries(), comparison.indicators());
        List<Column> columns = comparison.indicators().stream()
                .map(indicator -> new Column(indicator.getSlug(), indicator.getName(), definitions.groupOf(indicator).getName(),
                        indicator.getSlug().equals(comparison.sort()) ? (comparison.descending() ? "descending" : "ascending") : null,
                        comparison.sortHref(indicator.getSlug())))
                .toList();
        boolean anySample = false;
        List<Row> rows = new ArrayList<>();
        for (Country country : comparison.rowsInOrder(values)) {
            Map<Short, IndicatorValue> given = values.getOrDefault(country.getIso2(), Map.of());
            List<ProfileViews.ValueView> cells = new ArrayList<>();
            for (Indicator indicator : comparison.indicators()) {
                ProfileViews.ValueView cell = ProfileViews.value(indicator, given.get(indicator.getId()));
                anySample |= cell.sample();
                cells.add(cell);
            }
            rows.add(new Row(country.getSlug(), country.getName(), List.copyOf(cells)));
        }
        String countrySortedAs = Comparison.BY_COUNTRY.equals(comparison.sort()) ? (comparison.descending() ? "descending" : "ascending") : null;
        return new Table(columns, List.copyOf(rows), countrySortedAs, comparison.sortHref(Comparison.BY_COUNTRY), anySample);
    }
}
