package org.apirnet.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apirnet.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTests extends PortalIntegrationTest {

    /** The slugs are a URL contract: bookmarks and feeds depend on them. Order is the concept note's. */
    static final List<String> THEME_SLUGS = List.of(
            "labour-administration", "social-dialogue", "tripartism", "workplace-cooperation",
            "dispute-prevention-resolution", "collective-bargaining", "labour-courts", "employers-organizations",
            "workers-organizations", "employment-relationship", "informal-economy", "asean", "wage-policy",
            "international-labour-standards", "labour-law-reform", "labour-migration", "global-supply-chains",
            "labour-inspection-compliance");

    @Autowired
    Taxonomy taxonomy;

    @Test
    void theEighteenThemesAreLoadedWithStableSlugsInOrder() {
        assertThat(taxonomy.themes()).extracting(Theme::getSlug).containsExactlyElementsOf(THEME_SLUGS);
        assertThat(taxonomy.theme("labour-courts")).map(Theme::getName).contains("Courts");
        assertThat(taxonomy.themes()).allSatisfy(theme -> assertThat(theme.getDescription()).isNotBlank());
    }

    @Test
    void countriesOfTheRegionAreLoadedWithTheirSubregion() {
        assertThat(taxonomy.countries()).hasSize(35);
        Map<Subregion, List<Country>> bySubregion = taxonomy.countriesBySubregion();
        assertThat(bySubregion.keySet()).containsExactly(Subregion.values());
        assertThat(bySubregion.get(Subregion.EAST_ASIA)).extracting(Country::getIso2).containsExactly("CN", "JP", "MN", "KR");
        assertThat(bySubregion.get(Subregion.SOUTH_EAST_ASIA)).hasSize(11);
        assertThat(bySubregion.get(Subregion.SOUTH_ASIA)).hasSize(8);
        assertThat(bySubregion.get(Subregion.PACIFIC)).hasSize(12);
        assertThat(taxonomy.country("vn")).map(Country::getName).contains("Viet Nam");
        assertThat(taxonomy.country("VN")).map(Country::getSlug).contains("vn");
        assertThat(taxonomy.country("US")).isEmpty();
    }

    @Test
    void constituencyGroupsCarryTheConceptNotesMembershipTargets() {
        List<ConstituencyGroup> groups = taxonomy.constituencyGroups();
        assertThat(groups).extracting(ConstituencyGroup::getSlug).containsExactly("ilo-hq-field", "ilo-country-office",
                "government", "workers-organization", "employers-organization", "academic-research", "other");
        assertThat(groups).extracting(ConstituencyGroup::getMembershipTarget).containsExactly(Optional.of(15),
                Optional.of(10), Optional.of(20), Optional.of(20), Optional.of(20), Optional.empty(), Optional.empty());
        assertThat(groups.stream().flatMap(g -> g.getMembershipTarget().stream()).mapToInt(Integer::intValue).sum())
                .isEqualTo(85);
    }

    @Test
    void resourceTypesAreLoaded() {
        assertThat(taxonomy.resourceTypes()).extracting(ResourceType::getSlug).containsExactly("research",
                "policy-advice", "tool-guide", "training-material", "legislation", "project-report",
                "meeting-report", "presentation");
    }
}
