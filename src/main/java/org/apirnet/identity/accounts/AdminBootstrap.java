package org.apirnet.identity.accounts;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Gives a fresh installation its first admin from configuration, so nobody has to write SQL by hand. */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final BootstrapAdminProperties properties;

    AdminBootstrap(AccountRepository accounts, PasswordEncoder passwordEncoder, BootstrapAdminProperties properties) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(properties.email())) {
            return;
        }
        if (accounts.existsByRolesContaining(Role.ADMIN)) {
            log.info("apirnet.bootstrap-admin.email is set but an admin already exists; nothing to do (you can remove the setting)");
            return;
        }
        if (properties.password() == null || properties.password().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("apirnet.bootstrap-admin.password must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        String email = Account.normalizeEmail(properties.email());
        if (accounts.existsByEmail(email)) {
            throw new IllegalStateException("An account for " + email + " exists but is not an admin; choose another address");
        }
        accounts.save(new Account(email, "Administrator", passwordEncoder.encode(properties.password()), EnumSet.of(Role.ADMIN)));
        log.info("Created the first admin account {}; sign in and change its password", email);
    }
}
