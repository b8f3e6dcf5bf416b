package org.apirnet.countries;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorGroupRepository extends JpaRepository<IndicatorGroup, Short> {

    List<IndicatorGroup> findAllByOrderByPositionAscNameAsc();

    Optional<IndicatorGroup> findBySlug(String slug);

    Optional<IndicatorGroup> findByNameIgnoreCase(String name);

    @Query("select coalesce(max(g.position), 0) from IndicatorGroup g")
    short maxPosition();
}

interface IndicatorRepository extends JpaRepository<Indicator, Short> {

    List<Indicator> findAllByOrderByPositionAscNameAsc();

    Optional<Indicator> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsByNameIgnoreCase(String name);

    @Query("select coalesce(max(i.position), 0) from Indicator i where i.groupId = ?1")
    short maxPosition(short groupId);
}

interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

    List<IndicatorValue> findByCountryIso2(String countryIso2);

    List<IndicatorValue> findByCountryIso2InAndIndicatorIdIn(Collection<String> countries, Collection<Short> indicators);

    Optional<IndicatorValue> findByCountryIso2AndIndicatorId(String countryIso2, short indicatorId);

    /** Values actually given (not taken away) per indicator, for the admins' list. */
    @Query("""
            select v.indicatorId, count(v) from IndicatorValue v
            where v.yesNo is not null or v.numberValue is not null or v.textValue is not null or v.dateValue is not null
               or v.choiceValue is not null
            group by v.indicatorId""")
    List<Object[]> countGivenPerIndicator();

    long countByIndicatorIdAndChoiceValue(short indicatorId, String choiceValue);
}
