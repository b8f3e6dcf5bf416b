package org.apirnet.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apirnet.identity.MembershipMail.ApplicationApproved;
import org.apirnet.identity.MembershipMail.ApplicationRejected;
import org.apirnet.identity.MembershipMail.EmailConfirmationRequested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The door into the community: applying, confirming the address, and admins deciding. */
@Service
class MembershipService {

    /** The result of following a link from a mail. */
    enum TokenOutcome { CONFIRMED, ALREADY_USED, EXPIRED, UNKNOWN }

    /** The result of an admin's decision. */
    record DecisionOutcome(boolean decided, String alreadyDecidedBy) {
    }

    private final AccountRepository accounts;
    private final MembershipApplicationRepository applications;
    private final AccountTokenRepository tokens;
    private final AccountHistory history;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final MembershipProperties properties;
    private final Clock clock;

    MembershipService(AccountRepository accounts, MembershipApplicationRepository applications, AccountTokenRepository tokens,
                      AccountHistory history, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                      MembershipProperties properties) {
        this.accounts = accounts;
        this.applications = applications;
        this.tokens = tokens;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** In use by an account that confirmed its address; an unconfirmed sign-up never blocks the real owner. */
    boolean emailInUse(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email))
                .filter(account -> account.getStatus() != AccountStatus.PENDING_EMAIL).isPresent();
    }

    /** Creates the applicant's account and application and mails the confirmation link; all or nothing. */
    @Transactional
    long apply(ApplicationForm form) {
        removeUnconfirmed(form.email());
        Account.Profile profile = new Account.Profile(form.organization().strip(), blankToNull(form.jobTitle()),
                form.country().toUpperCase(Locale.ROOT), form.groupId(), null, ProfileVisibility.MEMBERS,
                new HashSet<>(form.themeIds()));
        Account account = accounts.save(Account.applicant(form.email(), form.name().strip(),
                passwordEncoder.encode(form.password()), profile));
        applications.save(new MembershipApplication(account.getId(), form.motivation().strip()));
        history.record(account.getId(), account.getId(), "APPLIED", null);
        sendConfirmation(account);
        return account.getId();
    }

    /**
     * Removes a sign-up for this address that never confirmed it: whoever made it could not read the mail, so it
     * must not keep the address from the person who can.
     */
    void removeUnconfirmed(String email) {
        accounts.findByEmail(Account.normalizeEmail(email)).filter(account -> account.getStatus() == AccountStatus.PENDING_EMAIL)
                .ifPresent(account -> accounts.deleteUnconfirmed(account.getId()));
    }

    private void sendConfirmation(Account account) {
        Instant now = clock.instant();
        tokens.retireAll(account.getId(), AccountToken.Purpose.EMAIL_CONFIRMATION, now);
        String token = Tokens.newToken();
        Instant expiresAt = now.plus(properties.confirmationValidity());
        tokens.save(new AccountToken(account.getId(), AccountToken.Purpose.EMAIL_CONFIRMATION, Tokens.hash(token), expiresAt));
        events.publishEvent(new EmailConfirmationRequested(account.getEmail(), account.getDisplayName(),
                "/join/confirm?token=" + token, expiresAt));
    }

    /** A new confirmation link for an applicant whose first one expired or got lost. */
    @Transactional
    boolean resendConfirmation(long accountId) {
        Optional<Account> account = accounts.findById(accountId);
        if (account.isEmpty() || account.get().getStatus() != AccountStatus.PENDING_EMAIL
                || tokens.existsByAccountIdAndPurposeAndCreatedAtAfter(accountId, AccountToken.Purpose.EMAIL_CONFIRMATION,
                clock.instant().minus(AccountService.RESET_MAIL_INTERVAL))) {
            return false; // spaced out, so nobody can use the portal to flood someone's inbox
        }
        sendConfirmation(account.get());
        return true;
    }

    @Transactional(readOnly = true)
    TokenOutcome checkConfirmationToken(String token) {
        return findToken(token, AccountToken.Purpose.EMAIL_CONFIRMATION)
                .map(found -> found.getUsedAt() != null ? TokenOutcome.ALREADY_USED
                        : found.isUsable(clock.instant()) ? TokenOutcome.CONFIRMED : TokenOutcome.EXPIRED)
                .orElse(TokenOutcome.UNKNOWN);
    }

    @Transactional
    TokenOutcome confirmEmail(String token) {
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
        confirmation.markUsed();
        Account account = accounts.findById(confirmation.getAccountId()).orElseThrow();
        account.confirmEmail();
        history.record(account.getId(), account.getId(), "EMAIL_CONFIRMED", null);
        return TokenOutcome.CONFIRMED;
    }

    Optional<AccountToken> findToken(String token, AccountToken.Purpose purpose) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Tokens.hash(token)).filter(found -> found.getPurpose() == purpose);
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
    Optional<MembershipApplication> applicationOf(long accountId) {
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
            return new DecisionOutcome(false, null);
        }
        Account applicant = accounts.findById(before.get().getAccountId()).orElseThrow();
        if (applicant.getStatus() != AccountStatus.PENDING_APPROVAL
                || applications.decideIfUndecided(applicationId, decision, clock.instant(), adminId, reason) == 0) {
            MembershipApplication current = applications.findById(applicationId).orElseThrow();
            String by = current.getDecidedBy() == null ? null
                    : accounts.findById(current.getDecidedBy()).map(Account::getDisplayName).orElse(null);
            return new DecisionOutcome(false, by);
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
        return new DecisionOutcome(true, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
