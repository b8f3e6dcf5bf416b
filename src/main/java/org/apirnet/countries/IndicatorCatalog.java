package org.apirnet.countries;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apirnet.platform.ChangeAwareCache;
import org.apirnet.platform.DataChanges;

import org.springframework.stereotype.Component;

/**
 * Every indicator and group, in display order, read once per committed change: pages that show indicators (a country,
 * a comparison of all of them) ask no SQL for the definitions while nothing changes.
 */
@Component
class IndicatorCatalog {

    /** Indicators of one group, in order. */
    record Section(IndicatorGroup group, List<Indicator> indicators) {
    }

    /** The definitions as they were at one moment. */
    record Definitions(List<Section> sections, Map<String, Indicator> bySlug, Map<Short, Indicator> byId,
                       Map<String, IndicatorGroup> groupsBySlug, Map<Short, IndicatorGroup> groupsById) {

        List<Indicator> all() {
            return sections.stream().flatMap(section -> section.indicators().stream()).toList();
        }

        Optional<Indicator> indicator(String slug) {
            return Optional.ofNullable(bySlug.get(slug));
        }

        Optional<IndicatorGroup> group(String slug) {
            return Optional.ofNullable(groupsBySlug.get(slug));
        }

        IndicatorGroup groupOf(Indicator indicator) {
            return groupsById.get(indicator.getGroupId());
        }

        List<Indicator> inGroup(IndicatorGroup group) {
            return sections.stream().filter(section -> section.group().getId().equals(group.getId()))
                    .findFirst().map(Section::indicators).orElse(List.of());
        }

        /** The given indicators in display order, each once. */
        List<Indicator> inOrder(Collection<Indicator> chosen) {
            return all().stream().filter(chosen::contains).toList();
        }
    }

    private final IndicatorGroupRepository groups;
    private final IndicatorRepository indicators;
    private final ChangeAwareCache<String, Definitions> cache;

    IndicatorCatalog(IndicatorGroupRepository groups, IndicatorRepository indicators, DataChanges changes) {
        this.groups = groups;
        this.indicators = indicators;
        this.cache = new ChangeAwareCache<>(changes, 1, Duration.ofMinutes(10));
    }

    Definitions definitions() {
        return cache.get("all", key -> load());
    }

    private Definitions load() {
        List<IndicatorGroup> allGroups = groups.findAllByOrderByPositionAscNameAsc();
        Map<Short, List<Indicator>> byGroup = indicators.findAllByOrderByPositionAscNameAsc().stream()
                .collect(Collectors.groupingBy(Indicator::getGroupId, LinkedHashMap::new, Collectors.toList()));
        List<Section> sections = new ArrayList<>();
        for (IndicatorGroup group : allGroups) {
            sections.add(new Section(group, List.copyOf(byGroup.getOrDefault(group.getId(), List.of()))));
        }
        List<Indicator> all = sections.stream().flatMap(section -> section.indicators().stream()).toList();
        return new Definitions(List.copyOf(sections),
                all.stream().collect(Collectors.toUnmodifiableMap(Indicator::getSlug, Function.identity())),
                all.stream().collect(Collectors.toUnmodifiableMap(Indicator::getId, Function.identity())),
                allGroups.stream().collect(Collectors.toUnmodifiableMap(IndicatorGroup::getSlug, Function.identity())),
                allGroups.stream().collect(Collectors.toUnmodifiableMap(IndicatorGroup::getId, Function.identity())));
    }
}
