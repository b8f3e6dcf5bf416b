package org.apirnet.countries;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Indicator values for a few countries, only under the {@code demo} profile, loaded once. They are marked as samples
 * on every page and in every download: made up to show the portal, never to be quoted.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCountryProfiles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCountryProfiles.class);
    private static final String SOURCE = "https://www.ilo.org/";

    /** Per country: C87, C98, C144, C154 ratification years (null: not ratified), density %, coverage %, mechanism. */
    private record Sample(String iso2, Integer c87, Integer c98, Integer c144, Integer c154, String density,
                          String coverage, int mechanism, String law, int reform) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("VN", null, 2019, 2019, null, "12.5", "9.8", 1, "Labour Code", 2019),
            new Sample("TH", null, null, null, null, "3.1", "2.4", 1, "Labour Protection Act", 2019),
            new Sample("KH", 1999, 1999, 2015, null, "9.6", "4.1", 1, "Labour Law", 2018),
            new Sample("ID", 1998, 1957, 1990, null, "7.0", "10.2", 0, "Manpower Act", 2023),
            new Sample("PH", 1953, 1953, 1991, null, "8.7", "6.3", 1, "Labor Code", 2019),
            new Sample("FJ", 2002, 1974, 1998, 2008, "18.0", "21.0", 1, "Employment Relations Act", 2007));

    private final IndicatorCatalog catalog;
    private final CountryProfiles profiles;
    private final IndicatorValueRepository values;
    private final Taxonomy taxonomy;

    DemoCountryProfiles(IndicatorCatalog catalog, CountryProfiles profiles, IndicatorValueRepository values, Taxonomy taxonomy) {
        this.catalog = catalog;
        this.profiles = profiles;
        this.values = values;
        this.taxonomy = taxonomy;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (values.count() > 0) {
            return;
        }
        IndicatorCatalog.Definitions definitions = catalog.definitions();
        Map<String, Indicator> by = definitions.bySlug();
        int loaded = 0;
        for (Sample sample : SAMPLES) {
            Country country = taxonomy.country(sample.iso2()).orElse(null);
            if (country == null) {
                continue;
            }
            loaded += ratification(country, by.get("c87"), sample.c87());
            loaded += ratification(country, by.get("c98"), sample.c98());
            loaded += ratification(country, by.get("c144"), sample.c144());
            loaded += ratification(country, by.get("c154"), sample.c154());
            loaded += set(country, by.get("trade-union-density"), number(sample.density()));
            loaded += set(country, by.get("collective-bargaining-coverage"), number(sample.coverage()));
            Indicator mechanism = by.get("minimum-wage-setting");
            if (mechanism != null && mechanism.getChoices().size() > sample.mechanism()) {
                loaded += set(country, mechanism, new ParsedValue(null, null, null, null, null,
                        mechanism.getChoices().get(sample.mechanism()), SOURCE, "Sample source", (short) 2024, null));
            }
            loaded += set(country, by.get("main-labour-law"), text(sample.law()));
            loaded += set(country, by.get("last-labour-law-reform"), number(Integer.toString(sample.reform())));
        }
        log.info("Demo country profiles: {} sample values", loaded);
    }

    private int ratification(Country country, Indicator indicator, Integer year) {
        return set(country, indicator, new ParsedValue(year != null, year == null ? null : year.shortValue(), null, null, null,
                null, SOURCE, "Sample source", (short) 2025, null));
    }

    private int set(Country country, Indicator indicator, ParsedValue value) {
        if (indicator == null) {
            return 0;
        }
        profiles.setSample(country, indicator, value);
        return 1;
    }

    private static ParsedValue number(String number) {
        return new ParsedValue(null, null, new BigDecimal(number), null, null, null, SOURCE, "Sample source", (short) 2024, null);
    }

    private static ParsedValue text(String text) {
        return new ParsedValue(null, null, null, text, null, null, SOURCE, "Sample source", (short) 2025, null);
    }
}
