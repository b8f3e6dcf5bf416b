package org.apirnet.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long>, JpaSpecificationExecutor<Account> {

    Optional<Account> findById(long id);

    Optional<Account> findByEmail(String email);

    List<Account> findAllByIdIn(Collection<Long> ids);

    boolean existsByEmail(String email);

    boolean existsByRolesContaining(Role role);

    @Query("select count(a) from Account a join a.roles r where r = :role and a.status = org.apirnet.identity.AccountStatus.ACTIVE")
    long countActiveWithRole(Role role);

    Account save(Account account);

    /** Members (active accounts) for the composition report: only the three fields it counts. */
    @Query("select new org.apirnet.identity.AccountRepository$CompositionRow(a.constituencyGroupId, a.countryIso2, a.joinedAt) "
            + "from Account a where a.status = org.apirnet.identity.AccountStatus.ACTIVE")
    List<CompositionRow> compositionRows();

    record CompositionRow(Short constituencyGroupId, String countryIso2, java.time.Instant joinedAt) {
    }
}
