package org.apirnet.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** One account per role for trying the portal out; created once, only under the {@code demo} profile. */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoAccount(String email, String displayName, Set<Role> roles) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@demo.apirnet.org", "Demo Admin", EnumSet.of(Role.ADMIN)),
            new DemoAccount("editor@demo.apirnet.org", "Demo Editor", EnumSet.of(Role.EDITOR)),
            new DemoAccount("moderator@demo.apirnet.org", "Demo Moderator", EnumSet.of(Role.MODERATOR)),
            new DemoAccount("member@demo.apirnet.org", "Demo Member", EnumSet.of(Role.MEMBER)));

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final DemoProperties properties;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, DemoProperties properties) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(properties.password())) {
            throw new IllegalStateException("The demo profile needs apirnet.demo.password (APIRNET_DEMO_PASSWORD)");
        }
        for (DemoAccount demo : ACCOUNTS) {
            if (!accounts.existsByEmail(demo.email())) {
                accounts.save(new Account(demo.email(), demo.displayName(), passwordEncoder.encode(properties.password()), demo.roles()));
            }
        }
        log.info("Demo accounts (password from apirnet.demo.password): {}",
                ACCOUNTS.stream().map(a -> a.email() + " " + a.roles()).toList());
    }
}
