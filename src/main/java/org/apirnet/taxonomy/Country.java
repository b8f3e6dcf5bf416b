package org.apirnet.taxonomy;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.apirnet.platform.SearchAnalyzers;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** An ILO member State of Asia and the Pacific. Content tagged with no country is regional. */
@Entity
@Table(name = "country")
@Indexed(index = "country")
public class Country {

    @Id
    @Column(name = "iso2", columnDefinition = "bpchar(2)")
    @KeywordField
    private String iso2;

    @FullTextField(name = "title", analyzer = SearchAnalyzers.TEXT)
    private String name;

    @Enumerated(EnumType.STRING)
    private Subregion subregion;

    protected Country() {
    }

    /** Upper-case ISO 3166-1 alpha-2 code, as stored. */
    public String getIso2() {
        return iso2;
    }

    /** The lower-case code used in URLs such as {@code /countries/th}. */
    public String getSlug() {
        return iso2.toLowerCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public Subregion getSubregion() {
        return subregion;
    }

    /** "Pacific" finds Fiji: the subregion is the text a country is searched by besides its name. */
    @FullTextField(name = "text", analyzer = SearchAnalyzers.TEXT)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "subregion")))
    public String getSearchText() {
        return subregion == null ? null : subregion.displayName();
    }
}
