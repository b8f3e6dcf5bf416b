package org.apirnet.identity.membership;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.ProfileVisibility;
import org.apirnet.identity.accounts.Role;
import org.apirnet.support.TestMail;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds accounts in a known state for identity tests, through the same services the pages use. */
@Component
public class IdentityTestSupport {

    public static final String PASSWORD = "a-long-test-password";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+?token=[A-Za-z0-9_-]+");

    private final MembershipService membership;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    IdentityTestSupport(MembershipService membership, AccountRepository accounts, PasswordEncoder passwordEncoder,
                        TransactionTemplate transaction) {
        this.membership = membership;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.apirnet.org";
    }

    static ApplicationForm application(String email) {
        return new ApplicationForm("Test Applicant", email, PASSWORD, "Test Union", "Organizer", "TH", "4",
                List.of("6"), "I bargain collectively.");
    }

    /** An applicant who has confirmed the address and waits for a decision; returns the application id. */
    long confirmedApplicant(String email) {
        long accountId = applied(email);
        String token = extractToken(TestMail.awaitMessagesTo(email, 1, java.time.Duration.ofSeconds(10)).getLast());
        assertThat(membership.confirmEmail(token, PASSWORD, null)).isEqualTo(MembershipService.TokenOutcome.CONFIRMED);
        return membership.applicationOf(accountId).orElseThrow().getId();
    }

    /** Applies with this address (a new one) and returns the new account's id. */
    long applied(String email) {
        assertThat(membership.apply(application(email))).isEqualTo(MembershipService.ApplicationOutcome.APPLIED);
        return accounts.findByEmail(Account.normalizeEmail(email)).orElseThrow().getId();
    }

    /** An active member with the given extra roles. */
    public Account member(String email, Role... roles) {
        return transaction.execute(status -> {
            java.util.Set<Role> all = java.util.EnumSet.of(Role.MEMBER, roles);
            Account account = new Account(email, "Member " + email.substring(0, 6), passwordEncoder.encode(PASSWORD), all);
            account.applyProfile(new Account.Profile("Org of " + email, null, "TH", (short) 3, null, ProfileVisibility.MEMBERS,
                    java.util.Set.of()));
            return accounts.save(account);
        });
    }

    public static String extractLink(MimeMessage message) {
        String text = TestMail.textOf(message);
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("a link with a token in: " + text).isTrue();
        return matcher.group();
    }

    public static String extractToken(MimeMessage message) {
        String link = extractLink(message);
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    public static String pathOf(String link) {
        return link.replaceFirst("^https?://[^/]+", "");
    }
}
