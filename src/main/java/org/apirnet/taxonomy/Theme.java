package org.apirnet.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.apirnet.platform.SearchAnalyzers;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** One of the eighteen themes that tag resources, news, events and discussions. Its slug never changes. */
@Entity
@Table(name = "theme")
@Indexed(index = "theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Short id;

    @KeywordField
    private String slug;

    @FullTextField(name = "title", analyzer = SearchAnalyzers.TEXT)
    private String name;

    @FullTextField(name = "text", analyzer = SearchAnalyzers.TEXT)
    private String description;

    private short position;

    protected Theme() {
    }

    public Short getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public short getPosition() {
        return position;
    }

    void describe(String description) {
        this.description = description;
    }
}
