package org.apirnet.taxonomy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ThemeRepository extends Repository<Theme, Short> {

    List<Theme> findAllByOrderByPosition();

    Optional<Theme> findBySlug(String slug);
}

interface CountryRepository extends Repository<Country, String> {

    List<Country> findAllByOrderByName();

    Optional<Country> findByIso2(String iso2);
}

interface ResourceTypeRepository extends Repository<ResourceType, Short> {

    List<ResourceType> findAllByOrderByPosition();
}

interface ConstituencyGroupRepository extends Repository<ConstituencyGroup, Short> {

    List<ConstituencyGroup> findAllByOrderByPosition();
}
