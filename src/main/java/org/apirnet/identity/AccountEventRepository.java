package org.apirnet.identity;

import java.util.List;

import org.springframework.data.repository.Repository;

interface AccountEventRepository extends Repository<AccountEvent, Long> {

    AccountEvent save(AccountEvent event);

    List<AccountEvent> findByAccountIdOrderByOccurredAtDesc(long accountId);
}
