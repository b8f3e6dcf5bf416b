package org.apirnet.identity.accounts;

import org.apirnet.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminBootstrapTests extends PortalIntegrationTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void createsTheFirstAdminOnlyWhenThereIsNone() {
        // The demo profile already has an admin: the bootstrap leaves everything as it is.
        new AdminBootstrap(accounts, passwordEncoder, new BootstrapAdminProperties("first@ilo.example", "a-long-enough-pass"))
                .run(null);
        assertThat(accounts.existsByEmail("first@ilo.example")).isFalse();

        // Without any admin, it creates one; rolled back so the shared database keeps its demo admin.
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from account_role where role_name = 'ADMIN'");
            new AdminBootstrap(accounts, passwordEncoder, new BootstrapAdminProperties(" First@ILO.example ", "a-long-enough-pass"))
                    .run(null);
            Account created = accounts.findByEmail("first@ilo.example").orElseThrow();
            assertThat(created.getRoles()).containsExactly(Role.ADMIN);
            assertThat(passwordEncoder.matches("a-long-enough-pass", created.getPasswordHash())).isTrue();
            status.setRollbackOnly();
        });
    }

    @Test
    void refusesAShortPassword() {
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from account_role where role_name = 'ADMIN'");
            assertThatThrownBy(() -> new AdminBootstrap(accounts, passwordEncoder,
                    new BootstrapAdminProperties("first@ilo.example", "short")).run(null))
                    .hasMessageContaining("at least 12 characters");
            status.setRollbackOnly();
        });
    }
}
