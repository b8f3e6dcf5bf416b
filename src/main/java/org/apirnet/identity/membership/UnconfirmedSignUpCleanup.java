package org.apirnet.identity.membership;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apirnet.identity.accounts.AccountRepository;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sign-ups whose confirmation link expired unused hold personal data for nothing: they are removed every hour. */
@Component
class UnconfirmedSignUpCleanup {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedSignUpCleanup.class);

    private final AccountRepository accounts;
    private final MembershipProperties properties;

    UnconfirmedSignUpCleanup(AccountRepository accounts, MembershipProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    void removeExpired() {
        int removed = 0;
        for (Long id : accounts.findUnconfirmedBefore(Instant.now().minus(properties.confirmationValidity()))) {
            removed += accounts.deleteUnconfirmed(id);
        }
        if (removed > 0) {
            log.info("Removed {} sign-up(s) whose e-mail address was never confirmed", removed);
        }
    }
}
