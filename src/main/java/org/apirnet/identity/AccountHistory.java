package org.apirnet.identity;

import org.springframework.stereotype.Component;

/** Writes the account history that answers "who did this to my account, and why". */
@Component
class AccountHistory {

    private final AccountEventRepository events;

    AccountHistory(AccountEventRepository events) {
        this.events = events;
    }

    void record(long accountId, Long actorId, String action, String detail) {
        events.save(new AccountEvent(accountId, actorId, action, detail));
    }
}
