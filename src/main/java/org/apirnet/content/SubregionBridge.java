package org.apirnet.content;

import java.util.Locale;

import org.apirnet.taxonomy.Country;
import org.apirnet.taxonomy.Taxonomy;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Indexes a country tag as the subregion it belongs to, so "South-East Asia" can be a facet although content is
 * tagged by country. The taxonomy is looked up lazily: Hibernate Search creates the bridge while the persistence
 * unit that the taxonomy itself needs is still being built.
 */
@Component
public class SubregionBridge implements ValueBridge<String, String> {

    private final ObjectProvider<Taxonomy> taxonomy;

    SubregionBridge(ObjectProvider<Taxonomy> taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public String toIndexedValue(String iso2, ValueBridgeToIndexedValueContext context) {
        if (iso2 == null) {
            return null;
        }
        return taxonomy.getObject().country(iso2.toUpperCase(Locale.ROOT)).map(Country::getSubregion).map(Enum::name).orElse(null);
    }
}
