package org.apirnet.identity.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.apirnet.identity.MembershipMail;
import org.apirnet.identity.MembershipMail.PasswordResetRequested;
import org.apirnet.identity.MembershipMail.SignInUnlockRequested;
import org.apirnet.identity.membership.MembershipApplication;
import org.apirnet.identity.membership.MembershipApplicationRepository;
import org.apirnet.identity.membership.MembershipProperties;
import org.apirnet.identity.membership.MembershipService;
import org.apirnet.identity.signin.IdentityLimits;
import org.apirnet.identity.signin.SignInDevices;
import org.apirnet.platform.RateLimits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people do with their own account, and what admins do to accounts. */
@Service
public class AccountService {

    /** A second reset mail within this time is not sent: stops anyone from flooding an inbox. */
    public static final Duration RESET_MAIL_INTERVAL = Duration.ofMinutes(2);

    public enum RoleChange { DONE, LAST_ADMIN, NOT_ALLOWED, UNKNOWN_ACCOUNT }

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final MembershipApplicationRepository applications;
    private final AccountHistory history;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final ApplicationEventPublisher events;
    private final MembershipProperties properties;
    private final RateLimits limits;
    private final SignInDevices devices;
    private final Clock clock = Clock.systemUTC();

    AccountService(AccountRepository accounts, AccountTokenRepository tokens, MembershipApplicationRepository applications,
                   AccountHistory history, PasswordEncoder passwordEncoder, SessionTerminator sessions,
                   ApplicationEventPublisher events, MembershipProperties properties, RateLimits limits,
                   SignInDevices devices) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.applications = applications;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.events = events;
        this.properties = properties;
        this.limits = limits;
        this.devices = devices;
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long accountId) {
        return accounts.findById(accountId);
    }

    @Transactional
    void updateProfile(long accountId, String displayName, Account.Profile profile) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.rename(displayName.strip());
        account.applyProfile(profile);
    }

    boolean passwordMatches(Account account, String password) {
        return password != null && passwordEncoder.matches(password, account.getPasswordHash());
    }

    /** Changing the password signs out every other session (a stolen session stops working). */
    @Transactional
    boolean changePassword(long accountId, String currentPassword, String newPassword, String currentSessionId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!passwordMatches(account, currentPassword)) {
            return false;
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        history.record(accountId, accountId, "PASSWORD_CHANGED", null);
        sessions.endOtherSessionsOf(account.getEmail(), currentSessionId);
        return true;
    }

    /**
     * Sends a reset link when the address belongs to an account that can sign in. The caller answers the same
     * whatever happens here (and does not wait for it), so nobody can learn which addresses have accounts.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        issueLink(email, AccountToken.Purpose.PASSWORD_RESET, properties.passwordResetValidity(), (account, token, expiresAt) ->
                new PasswordResetRequested(account.getEmail(), account.getDisplayName(), "/login/reset?token=" + token, expiresAt));
    }

    /** Sends a link that lets one browser sign in to the account at once, however slowed down its sign-in is. */
    @Transactional
    public void requestSignInUnlock(String email) {
        issueLink(email, AccountToken.Purpose.SIGN_IN_UNLOCK, properties.passwordResetValidity(), (account, token, expiresAt) ->
                new SignInUnlockRequested(account.getEmail(), account.getDisplayName(), "/login/unlock/confirm?token=" + token,
                        expiresAt));
    }

    private interface LinkMail {
        Object event(Account account, String token, Instant expiresAt);
    }

    /** A new single-use link of this purpose for an account that can sign in, spaced out and limited per address. */
    private void issueLink(String email, AccountToken.Purpose purpose, Duration validity, LinkMail mail) {
        Optional<Account> account = accounts.findByEmail(Account.normalizeEmail(email))
                .filter(found -> found.getStatus().canSignIn());
        if (account.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long accountId = account.get().getId();
        if (tokens.existsByAccountIdAndPurposeAndCreatedAtAfter(accountId, purpose, now.minus(RESET_MAIL_INTERVAL))
                || !limits.take(IdentityLimits.MAIL_TO_ADDRESS, IdentityLimits.mailKey(purpose.name(), account.get().getEmail())).allowed()) {
            return;
        }
        tokens.retireAll(accountId, purpose, now);
        String token = Tokens.newToken();
        Instant expiresAt = now.plus(validity);
        tokens.save(new AccountToken(accountId, purpose, Tokens.hash(token), expiresAt));
        events.publishEvent(mail.event(account.get(), token, expiresAt));
    }

    /** The result of using a link: its outcome, and the account it opened when it worked. */
    public record LinkUse(MembershipService.TokenOutcome outcome, Long accountId) {
    }

    @Transactional(readOnly = true)
    public MembershipService.TokenOutcome checkUnlockToken(String token) {
        return outcomeOf(findToken(token, AccountToken.Purpose.SIGN_IN_UNLOCK));
    }

    /** Uses an unlock link: the account's sign-in from unknown browsers starts afresh, and the caller knows this browser. */
    @Transactional
    public LinkUse unlockSignIn(String token) {
        Optional<AccountToken> found = findToken(token, AccountToken.Purpose.SIGN_IN_UNLOCK);
        MembershipService.TokenOutcome outcome = outcomeOf(found);
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return new LinkUse(outcome, null);
        }
        found.get().markUsed();
        Account account = accounts.findById(found.get().getAccountId()).orElseThrow();
        limits.forget(IdentityLimits.SIGN_IN_ACCOUNT, account.getEmail());
        history.record(account.getId(), account.getId(), "SIGN_IN_UNLOCKED", null);
        return new LinkUse(outcome, account.getId());
    }

    @Transactional(readOnly = true)
    public MembershipService.TokenOutcome checkResetToken(String token) {
        return outcomeOf(findToken(token, AccountToken.Purpose.PASSWORD_RESET));
    }

    /**
     * Sets a new password through a reset link; the link then stops working, old sessions end, no browser is known to
     * the account any more and its sign-in is no longer slowed down (the caller makes this browser known).
     */
    @Transactional
    public LinkUse resetPassword(String token, String newPassword) {
        Optional<AccountToken> found = findToken(token, AccountToken.Purpose.PASSWORD_RESET);
        MembershipService.TokenOutcome outcome = outcomeOf(found);
        if (outcome != MembershipService.TokenOutcome.CONFIRMED) {
            return new LinkUse(outcome, null);
        }
        found.get().markUsed();
        Account account = accounts.findById(found.get().getAccountId()).orElseThrow();
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        history.record(account.getId(), account.getId(), "PASSWORD_RESET", null);
        sessions.endAllSessionsOf(account.getEmail());
        devices.forgetAll(account.getId());
        limits.forget(IdentityLimits.SIGN_IN_ACCOUNT, account.getEmail());
        return new LinkUse(outcome, account.getId());
    }

    private MembershipService.TokenOutcome outcomeOf(Optional<AccountToken> token) {
        return MembershipService.outcomeOf(token, clock.instant());
    }

    private Optional<AccountToken> findToken(String token, AccountToken.Purpose purpose) {
        return tokens.findByToken(token, purpose);
    }

    /**
     * Deletes an account at its owner's request: personal data goes, the row stays as "Former member" so public
     * contributions keep their attribution. The last admin cannot delete themselves.
     */
    @Transactional
    RoleChange deleteOwnAccount(long accountId) {
        accounts.lockAdminChanges();
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.getRoles().contains(Role.ADMIN) && accounts.countActiveWithRole(Role.ADMIN) <= 1) {
            return RoleChange.LAST_ADMIN;
        }
        String email = account.getEmail();
        account.anonymize(passwordEncoder.encode(Tokens.newToken()));
        tokens.deleteAllForAccount(accountId);
        applications.findByAccountId(accountId).ifPresent(MembershipApplication::forgetPersonalData);
        accounts.forgetInvitationAddress(accountId, account.getEmail());
        history.eraseDetails(accountId);
        history.record(accountId, accountId, "DELETED", null);
        events.publishEvent(new MembershipMail.AccountDeleted(email));
        sessions.endAllSessionsOf(email);
        return RoleChange.DONE;
    }

    @Transactional
    public RoleChange grant(long accountId, Role role, long adminId) {
        if (role == Role.VISITOR || role == Role.MEMBER) {
            return RoleChange.NOT_ALLOWED;
        }
        Optional<Account> account = accounts.findById(accountId).filter(Account::isMember);
        if (account.isEmpty()) {
            return RoleChange.UNKNOWN_ACCOUNT;
        }
        account.get().grant(role);
        history.record(accountId, adminId, "ROLE_GRANTED", role.name());
        sessions.endAllSessionsOf(account.get().getEmail()); // new rights take effect at the next sign-in
        return RoleChange.DONE;
    }

    @Transactional
    public RoleChange revoke(long accountId, Role role, long adminId) {
        if (role == Role.VISITOR || role == Role.MEMBER) {
            return RoleChange.NOT_ALLOWED;
        }
        Optional<Account> account = accounts.findById(accountId);
        if (account.isEmpty()) {
            return RoleChange.UNKNOWN_ACCOUNT;
        }
        if (role == Role.ADMIN) {
            accounts.lockAdminChanges();
        }
        if (role == Role.ADMIN && account.get().getRoles().contains(Role.ADMIN) && accounts.countActiveWithRole(Role.ADMIN) <= 1) {
            return RoleChange.LAST_ADMIN;
        }
        account.get().revoke(role);
        history.record(accountId, adminId, "ROLE_REMOVED", role.name());
        sessions.endAllSessionsOf(account.get().getEmail());
        return RoleChange.DONE;
    }

    /** Suspension takes effect at once: the account's open sessions end with it. */
    @Transactional
    public RoleChange suspend(long accountId, long adminId, String reason) {
        accounts.lockAdminChanges();
        Optional<Account> account = accounts.findById(accountId).filter(Account::isMember);
        if (account.isEmpty()) {
            return RoleChange.UNKNOWN_ACCOUNT;
        }
        if (account.get().getRoles().contains(Role.ADMIN) && accounts.countActiveWithRole(Role.ADMIN) <= 1) {
            return RoleChange.LAST_ADMIN;
        }
        account.get().suspend();
        history.record(accountId, adminId, "SUSPENDED", reason);
        sessions.endAllSessionsOf(account.get().getEmail());
        return RoleChange.DONE;
    }

    @Transactional
    public RoleChange reinstate(long accountId, long adminId) {
        Optional<Account> account = accounts.findById(accountId).filter(a -> a.getStatus() == AccountStatus.SUSPENDED);
        if (account.isEmpty()) {
            return RoleChange.UNKNOWN_ACCOUNT;
        }
        account.get().reinstate();
        history.record(accountId, adminId, "REINSTATED", null);
        return RoleChange.DONE;
    }
}
