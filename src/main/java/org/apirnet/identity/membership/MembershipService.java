package org.apirnet.identity.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apirnet.identity.MembershipMail.ApplicationApproved;
import org.apirnet.identity.MembershipMail.ApplicationForExistingAccount;
import org.apirnet.identity.MembershipMail.ApplicationRejected;
import org.apirnet.identity.MembershipMail.EmailConfirmationRequested;

import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountHistory;
import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.AccountService;
import org.apirnet.identity.accounts.AccountStatus;
import org.apirnet.identity.accounts.AccountToken;
import org.apirnet.identity.accounts.AccountTokenRepository;
import org.apirnet.identity.accounts.ProfileVisibility;
import org.apirnet.identity.accounts.Tokens;
import org.apirnet.identity.signin.IdentityLimits;
import org.apirnet.platform.RateLimits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The door into the community: applying, confirming the address, and admins deciding. */
@Service
public class MembershipService {

    /** The result of following a link from a mail. */
    public enum TokenOutcome { CONFIRMED, ALREADY_USED, EXPIRED, UNKNOWN, WRONG_PASSWORD }

    /** The result of an admin's decision, with the applicant's name for the message that reports it. */
    record DecisionOutcome(boolean decided, String alreadyDecidedBy, String applicantName) {
    }

    private final AccountRepository accounts;
    private final MembershipApplicationRepository applications;
    private final AccountTokenRepository tokens;
    private final AccountHistory history;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final MembershipProperties properties;
    private final RateLimits limits;
    private final Clock clock;

    MembershipService(AccountRepository accounts, MembershipApplicationRepository applications, AccountTokenRepository tokens,
                      AccountHistory history, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                      MembershipProperties properties, RateLimits limits) {
        this.accounts = accounts;
        this.applications = applications;
        this.tokens = tokens;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.properties = properties;
        this.limits = limits;
        this.clock = Clock.systemUTC();
    }

    /**
     * What became of an application. The applicant is told the same in every case ("check your mail"), so the page
     * never says whether an address has an account; only the mail, which reaches the address's owner alone, differs.
     */
    enum ApplicationOutcome {
        /** A new sign-up; its confirmation link is on its way. */
        APPLIED,
        /** The address had an unconfirmed sign-up: its own link was sent again, nothing of it changed. */
        LINK_SENT_AGAIN,
        /** The address has an account: its owner was told someone tried to apply with it. */
        OWNER_TOLD,
        /** Too much mail went to the address lately: nothing was sent, nothing changed. */
        NOTHING_SENT
    }

    /**
     * Creates the applicant's account and application and mails the confirmation link; all or nothing. An address
     * that already has an account, confirmed or not, keeps it untouched: the first sign-up's password and data are
     * never replaced by a second applicant's.
     */
    @Transactional
    ApplicationOutcome apply(ApplicationForm form) {
        // Hashed whatever follows, so that an answer for a known address takes as long as one for a new address.
        String passwordHash = passwordEncoder.encode(form.password());
        String email = Account.normalizeEmail(form.email());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            if (!limits.take(IdentityLimits.MAIL_TO_ADDRESS, IdentityLimits.mailKey("join", email)).allowed()) {
                return ApplicationOutcome.NOTHING_SENT;
            }
            Account account = existing.get();
            if (account.getStatus() == AccountStatus.PENDING_EMAIL) {
                sendConfirmation(account);
                return ApplicationOutcome.LINK_SENT_AGAIN;
            }
            events.publishEvent(new ApplicationForExistingAccount(account.getEmail(), account.getDisplayName()));
            return ApplicationOutcome.OWNER_TOLD;
        }
        limits.take(IdentityLimits.MAIL_TO_ADDRESS, IdentityLimits.mailKey("join", email)); // the first always goes; it counts
        Account.Profile profile = new Account.Profile(form.organization().strip(), blankToNull(form.jobTitle()),
                form.country().toUpperCase(Locale.ROOT), form.groupId(), null, ProfileVisibility.MEMBERS,
                new HashSet<>(form.themeIds()));
        Account account = accounts.save(Account.applicant(email, form.name().strip(), passwordHash, profile));
        applications.save(new MembershipApplication(account.getId(), form.motivation().strip()));
        history.record(account.getId(), account.getId(), "APPLIED", null);
        sendConfirmation(account);
        return ApplicationOutcome.APPLIED;
    }

    /** The mail goes to an address nobody has confirmed yet, so it carries nothing the applicant typed. */
    private void sendConfirmation(Account account) {
        Instant now = clock.instant();
        tokens.retireAll(account.getId(), AccountToken.Purpose.EMAIL_CONFIRMATION, now);
        String token = Tokens.newToken();
        Instant expiresAt = now.plus(properties.confirmationValidity());
        tokens.save(new AccountToken(account.getId(), AccountToken.Purpose.EMAIL_CONFIRMATION, Tokens.hash(token), expiresAt));
        events.publishEvent(new EmailConfirmationRequested(account.getEmail(), "/join/confirm?token=" + token, expiresAt));
    }

    /** A new confirmation link for an applicant whose first one expired or got lost. */
    @Transactional
    public boolean resendConfirmation(long accountId) {
        Optional<Account> account = accounts.findById(accountId);
        if (account.isEmpty() || account.get().getStatus() != AccountStatus.PENDING_EMAIL
                || tokens.existsByAccountIdAndPurposeAndCreatedAtAfter(accountId, AccountToken.Purpose.EMAIL_CONFIRMATION,
                clock.instant().minus(AccountService.RESET_MAIL_INTERVAL))
                || !limits.take(IdentityLimits.MAIL_TO_ADDRESS, IdentityLimits.mailKey("join", account.get().getEmail())).allowed()) {
            return false; // spaced out, so nobody can use the portal to flood someone's inbox
        }
        sendConfirmation(account.get());
        return true;
    }

    @Transactional(readOnly = true)
    TokenOutcome checkConfirmationToken(String token) {
        return outcomeOf(findToken(token, AccountToken.Purpose.EMAIL_CONFIRMATION), clock.instant());
    }

    /**
     * Confirms the address of the sign-up the token belongs to, for whoever proves they made it: by being signed in
     * to it or by its password. Following the link proves only that one reads the mail; without the password, a sign-up
     * someone else made with this address (and their password) could be confirmed by the address's owner by mistake.
     */
    @Transactional
    TokenOutcome confirmEmail(String token, String password, Long signedInAccountId) {
        Optional<AccountToken> found = findToken(token, AccountToken.Purpose.EMAIL_CONFIRMATION);
        if (found.isEmpty()) {
            return TokenOutcome.UNKNOWN;
        }
        AccountToken confirmation = found.get();
        if (confirmation.getUsedAt() != null) {
            return TokenOutcome.ALREADY_USED;
        }
        if (!confirmation.isUsable(clock.instant())) {
            return TokenOutcome.EXPIRED;
        }
        Account account = accounts.findById(confirmation.getAccountId()).orElseThrow();
        boolean provedOwnSignUp = account.getId().equals(signedInAccountId)
                || password != null && passwordEncoder.matches(password, account.getPasswordHash());
        if (!provedOwnSignUp) {
            return TokenOutcome.WRONG_PASSWORD;
        }
        confirmation.markUsed();
        account.confirmEmail();
        history.record(account.getId(), account.getId(), "EMAIL_CONFIRMED", null);
        return TokenOutcome.CONFIRMED;
    }

    /**
     * Removes the unconfirmed sign-up a confirmation link belongs to: the owner of the address did not make it (or
     * no longer wants it) and can then apply with their own details.
     */
    @Transactional
    TokenOutcome discardSignUp(String token) {
        Optional<AccountToken> found = findToken(token, AccountToken.Purpose.EMAIL_CONFIRMATION);
        if (found.isEmpty() || found.get().getUsedAt() != null) {
            return found.isEmpty() ? TokenOutcome.UNKNOWN : TokenOutcome.ALREADY_USED;
        }
        return accounts.deleteUnconfirmed(found.get().getAccountId()) == 1 ? TokenOutcome.CONFIRMED : TokenOutcome.ALREADY_USED;
    }

    private Optional<AccountToken> findToken(String token, AccountToken.Purpose purpose) {
        return tokens.findByToken(token, purpose);
    }

    /** What following a link would do now: work, or fail for the reason the person is told. */
    public static TokenOutcome outcomeOf(Optional<AccountToken> token, Instant now) {
        return token.map(found -> found.getUsedAt() != null ? TokenOutcome.ALREADY_USED
                        : found.isUsable(now) ? TokenOutcome.CONFIRMED : TokenOutcome.EXPIRED)
                .orElse(TokenOutcome.UNKNOWN);
    }

    @Transactional(readOnly = true)
    List<MembershipApplication> awaitingDecision() {
        return applications.findAwaitingDecision();
    }

    /** The oldest {@code limit} applications awaiting a decision. */
    @Transactional(readOnly = true)
    List<MembershipApplication> awaitingDecision(int limit) {
        return applications.findAwaitingDecision(PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    long countAwaitingDecision() {
        return applications.countAwaitingDecision();
    }

    @Transactional(readOnly = true)
    public Optional<MembershipApplication> applicationOf(long accountId) {
        return applications.findByAccountId(accountId);
    }

    @Transactional
    DecisionOutcome approve(long applicationId, long adminId) {
        return decide(applicationId, adminId, MembershipApplication.Decision.APPROVED, null);
    }

    @Transactional
    DecisionOutcome reject(long applicationId, long adminId, String reason) {
        return decide(applicationId, adminId, MembershipApplication.Decision.REJECTED, reason.strip());
    }

    /** Approves each selected application that is still undecided; returns how many this admin approved. */
    @Transactional
    int approveAll(List<Long> applicationIds, long adminId) {
        int approved = 0;
        for (Long id : new ArrayList<>(new HashSet<>(applicationIds))) {
            if (id != null && decide(id, adminId, MembershipApplication.Decision.APPROVED, null).decided()) {
                approved++;
            }
        }
        return approved;
    }

    private DecisionOutcome decide(long applicationId, long adminId, MembershipApplication.Decision decision, String reason) {
        Optional<MembershipApplication> before = applications.findById(applicationId);
        if (before.isEmpty()) {
            return new DecisionOutcome(false, null, null);
        }
        Account applicant = accounts.findById(before.get().getAccountId()).orElseThrow();
        if (applicant.getStatus() != AccountStatus.PENDING_APPROVAL
                || applications.decideIfUndecided(applicationId, decision, clock.instant(), adminId, reason) == 0) {
            MembershipApplication current = applications.findById(applicationId).orElseThrow();
            String by = current.getDecidedBy() == null ? null
                    : accounts.findById(current.getDecidedBy()).map(Account::getDisplayName).orElse(null);
            return new DecisionOutcome(false, by, applicant.getDisplayName());
        }
        applicant = accounts.findById(before.get().getAccountId()).orElseThrow(); // reloaded: the update cleared the context
        if (decision == MembershipApplication.Decision.APPROVED) {
            applicant.approve();
            events.publishEvent(new ApplicationApproved(applicant.getEmail(), applicant.getDisplayName()));
        } else {
            applicant.reject();
            events.publishEvent(new ApplicationRejected(applicant.getEmail(), applicant.getDisplayName(), reason));
        }
        history.record(applicant.getId(), adminId, decision.name(), reason);
        return new DecisionOutcome(true, null, applicant.getDisplayName());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
