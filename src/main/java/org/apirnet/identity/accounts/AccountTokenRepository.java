package org.apirnet.identity.accounts;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AccountTokenRepository extends Repository<AccountToken, Long> {

    AccountToken save(AccountToken token);

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** The token a link carries, if it is one of this purpose; anything odd in the URL simply matches nothing. */
    default Optional<AccountToken> findByToken(String token, AccountToken.Purpose purpose) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return findByTokenHash(Tokens.hash(token)).filter(found -> found.getPurpose() == purpose);
    }

    boolean existsByAccountIdAndPurposeAndCreatedAtAfter(long accountId, AccountToken.Purpose purpose, Instant after);

    /** Issuing a new token of a purpose retires the older ones: only the newest link works. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
    int retireAll(long accountId, AccountToken.Purpose purpose, Instant now);

    @Modifying
    @Query("delete from AccountToken t where t.accountId = :accountId")
    int deleteAllForAccount(long accountId);
}
