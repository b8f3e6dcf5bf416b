package org.apirnet.search;

import jakarta.persistence.EntityManagerFactory;
import org.apirnet.content.ContentIndex;
import org.apirnet.content.IndexSearch;
import org.apirnet.support.PortalIntegrationTest;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexInitializerTests extends PortalIntegrationTest {

    @Autowired
    SearchIndexInitializer initializer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndexSearch index;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private long indexedWithTitle(String word) {
        return index.query(session -> session.search(Object.class)
                .where(f -> f.match().field(ContentIndex.TITLE).matching(word)).fetchTotalHitCount());
    }

    @Test
    void rowsWrittenBehindTheIndexsBackAreIndexedAtTheNextStart() throws Exception {
        long editor = jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_EDITOR);
        // As a restored backup or another tool would: straight into the table, unseen by the index.
        jdbc.update("insert into resource (title, summary, resource_type_id, language, visibility, status, created_by, created_at, "
                + "updated_by, updated_at, published_at, external_url) values ('Zanzibarian restored resource', 'Restored', 1, 'en', "
                + "'PUBLIC', 'PUBLISHED', ?, now(), ?, now(), now(), 'https://www.ilo.org/')", editor, editor);
        assertThat(indexedWithTitle("zanzibarian")).isZero();

        initializer.run(null);

        assertThat(indexedWithTitle("zanzibarian")).as("the count differed from the table, so the index was rebuilt").isEqualTo(1);
    }

    @Test
    void theFingerprintOfAnIndexFollowsItsFields() {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        var resource = mapping.indexedEntity("Resource").indexManager().descriptor();
        var theme = mapping.indexedEntity("Theme").indexManager().descriptor();
        assertThat(SearchIndexInitializer.fingerprint(resource)).isEqualTo(SearchIndexInitializer.fingerprint(resource))
                .isNotEqualTo(SearchIndexInitializer.fingerprint(theme)).hasSize(64);
    }
}
