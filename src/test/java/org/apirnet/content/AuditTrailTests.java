package org.apirnet.content;

import org.apirnet.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailTests extends PortalIntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private long adminId() {
        return jdbc.queryForObject("select id from account where email = ?", Long.class, DEMO_ADMIN);
    }

    @Test
    void aLineIsWrittenOnlyWithTheChangeItRecords() {
        assertThatThrownBy(() -> audit.record("resource", 999_001, adminId(), "PUBLISHED", null))
                .as("outside a transaction the line could outlive a change that rolled back")
                .isInstanceOf(IllegalTransactionStateException.class);

        transaction.executeWithoutResult(tx -> {
            audit.record("resource", 999_001, adminId(), "PUBLISHED", null);
            tx.setRollbackOnly();
        });
        assertThat(audit.history("resource", 999_001)).as("rolled back with the change").isEmpty();

        transaction.executeWithoutResult(tx -> audit.record("resource", 999_001, adminId(), "REJECTED", "  Out of scope  "));
        assertThat(audit.history("resource", 999_001)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("REJECTED");
            assertThat(entry.detail()).isEqualTo("Out of scope");
            assertThat(entry.actorId()).isEqualTo(adminId());
            assertThat(entry.occurredAt()).isNotNull();
        });
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteALine() {
        transaction.executeWithoutResult(tx -> audit.record("resource", 999_002, adminId(), "REJECTED", "Reason"));
        long id = jdbc.queryForObject("select id from audit_event where subject_kind = 'resource' and subject_id = 999002", Long.class);

        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update audit_event set action = 'APPROVED' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'Another reason' where id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id)).isEqualTo("Reason");

        // Erasing personal data is the one change allowed.
        transaction.executeWithoutResult(tx -> audit.eraseDetails("resource", 999_002));
        assertThat(jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id)).isNull();
        assertThat(jdbc.queryForObject("select action from audit_event where id = ?", String.class, id)).isEqualTo("REJECTED");
    }

    @Test
    void noModuleKeepsAHistoryOfItsOwn() {
        // Library decisions are asserted in LibraryTests, membership decisions in MembershipFlowTests and
        // AccountLifecycleTests, all against audit_event.
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'resource' and action = 'PUBLISHED'",
                Integer.class)).as("the demo library was published through the workflow").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name in ('resource_event', 'account_event')",
                Integer.class)).as("no module keeps a history of its own").isZero();
    }
}
