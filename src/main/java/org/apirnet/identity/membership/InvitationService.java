package org.apirnet.identity.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apirnet.identity.MembershipMail.InvitationIssued;
import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountHistory;
import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.AccountStatus;
import org.apirnet.identity.accounts.ProfileVisibility;
import org.apirnet.identity.accounts.Role;
import org.apirnet.identity.accounts.Tokens;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The invitation-first launch: admins invite people, who join already approved. */
@Service
class InvitationService {

    static final int MAX_ADDRESSES_PER_BATCH = 200;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");
    private static final Pattern ENTRY_SEPARATORS = Pattern.compile("[\\r\\n,;]+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern BRACKETED_ADDRESS = Pattern.compile("<([^<>\\s]+)>");

    /** What happened to each address of a pasted list. */
    record BatchResult(List<String> invited, List<String> alreadyMembers, List<String> alreadyInvited, List<String> malformed) {
    }

    enum AcceptOutcome { ACCEPTED, EXPIRED, ALREADY_USED, REVOKED, UNKNOWN, EMAIL_TAKEN }

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final AccountHistory history;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final MembershipProperties properties;
    private final Clock clock = Clock.systemUTC();

    InvitationService(InvitationRepository invitations, AccountRepository accounts, AccountHistory history,
                      PasswordEncoder passwordEncoder, ApplicationEventPublisher events, MembershipProperties properties) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.properties = properties;
    }

    /** Someone to invite: an address, and the name to greet them by when the list gave one. */
    record Invitee(String address, String name) {
    }

    /**
     * Reads a pasted list: entries separated by new lines, commas or semicolons; an entry "Name &lt;address&gt;" (as
     * mail programs copy them) keeps the name, any other entry is one or more bare addresses. Each address once, the
     * first name given for it kept.
     */
    static List<Invitee> parseInvitees(String pasted) {
        Map<String, Invitee> byAddress = new LinkedHashMap<>();
        for (String entry : ENTRY_SEPARATORS.split(pasted == null ? "" : pasted.strip())) {
            Matcher bracketed = BRACKETED_ADDRESS.matcher(entry);
            int from = 0;
            while (bracketed.find()) {
                // Before "<address>": bare addresses, then the words of its name.
                List<String> words = new ArrayList<>();
                for (String token : BLANKS.split(entry.substring(from, bracketed.start()).strip())) {
                    if (token.contains("@")) {
                        add(byAddress, token, null);
                    } else if (!token.isEmpty()) {
                        words.add(token);
                    }
                }
                String name = String.join(" ", words).replaceAll("^[\"']+|[\"']+$", "").strip();
                add(byAddress, bracketed.group(1), name.isEmpty() || name.length() > 120 ? null : name);
                from = bracketed.end();
            }
            for (String token : BLANKS.split(entry.substring(from).strip())) {
                if (!token.isEmpty()) {
                    add(byAddress, token, null);
                }
            }
        }
        return new ArrayList<>(byAddress.values());
    }

    private static void add(Map<String, Invitee> byAddress, String candidate, String name) {
        String address = Account.normalizeEmail(candidate.replaceAll("^<|>$", ""));
        if (!address.isEmpty()) {
            byAddress.putIfAbsent(address, new Invitee(address, name));
        }
    }

    static boolean isAddress(String candidate) {
        return candidate.length() <= 254 && ADDRESS.matcher(candidate).matches();
    }

    @Transactional
    BatchResult invite(List<Invitee> invitees, String personalMessage, short constituencyGroupId, Role role, long adminId,
                       String inviterName) {
        List<String> invited = new ArrayList<>();
        List<String> members = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        for (Invitee invitee : invitees) {
            String address = invitee.address();
            if (!isAddress(address)) {
                malformed.add(address);
            } else if (accounts.existsByEmail(address)) {
                members.add(address);
            } else if (invitations.findOpenByEmail(address).isPresent()) {
                pending.add(address);
            } else {
                String token = Tokens.newToken();
                Instant expiresAt = clock.instant().plus(properties.invitationValidity());
                Invitation invitation = invitations.save(new Invitation(address, invitee.name(), personalMessage, constituencyGroupId,
                        role, adminId, Tokens.hash(token), expiresAt));
                events.publishEvent(new InvitationIssued(address, invitation.getDisplayName(), inviterName, role.name(),
                        personalMessage, "/invitation?token=" + token, expiresAt));
                invited.add(address);
            }
        }
        return new BatchResult(invited, members, pending, malformed);
    }

    @Transactional(readOnly = true)
    List<Invitation> recent() {
        return invitations.findTop200ByOrderByCreatedAtDesc();
    }

    /** A new link (the old one stops working) and a fresh expiry; for expired or lost invitations. */
    @Transactional
    boolean resend(long invitationId, String inviterName) {
        Optional<Invitation> invitation = invitations.findById(invitationId);
        if (invitation.isEmpty()) {
            return false;
        }
        Invitation.State state = invitation.get().state(clock.instant());
        if (state != Invitation.State.OPEN && state != Invitation.State.EXPIRED) {
            return false;
        }
        String token = Tokens.newToken();
        Instant expiresAt = clock.instant().plus(properties.invitationValidity());
        invitation.get().reissue(Tokens.hash(token), expiresAt);
        events.publishEvent(new InvitationIssued(invitation.get().getEmail(), invitation.get().getDisplayName(), inviterName,
                invitation.get().getRole().name(), invitation.get().getPersonalMessage(), "/invitation?token=" + token, expiresAt));
        return true;
    }

    @Transactional
    boolean revoke(long invitationId) {
        Optional<Invitation> invitation = invitations.findById(invitationId);
        if (invitation.isEmpty() || invitation.get().state(clock.instant()) == Invitation.State.ACCEPTED
                || invitation.get().state(clock.instant()) == Invitation.State.REVOKED) {
            return false;
        }
        invitation.get().revoke();
        return true;
    }

    @Transactional(readOnly = true)
    Optional<Invitation> findByToken(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Tokens.hash(token));
    }

    AcceptOutcome check(Optional<Invitation> invitation) {
        if (invitation.isEmpty()) {
            return AcceptOutcome.UNKNOWN;
        }
        return switch (invitation.get().state(clock.instant())) {
            case OPEN -> AcceptOutcome.ACCEPTED;
            case EXPIRED -> AcceptOutcome.EXPIRED;
            case ACCEPTED -> AcceptOutcome.ALREADY_USED;
            case REVOKED -> AcceptOutcome.REVOKED;
        };
    }

    /** Creates the invited person's account, approved and with the role chosen by the admin. */
    @Transactional
    AcceptOutcome accept(String token, String displayName, String password, Account.Profile profile) {
        Optional<Invitation> found = findByToken(token);
        AcceptOutcome outcome = check(found);
        if (outcome != AcceptOutcome.ACCEPTED) {
            return outcome;
        }
        Invitation invitation = found.get();
        boolean inviterStillAdmin = accounts.findById(invitation.getInvitedBy())
                .filter(inviter -> inviter.isMember() && inviter.getRoles().contains(Role.ADMIN)).isPresent();
        if (!inviterStillAdmin) {
            return AcceptOutcome.REVOKED; // an invitation carries its inviter's authority, which has since gone
        }
        accounts.findByEmail(invitation.getEmail()).filter(account -> account.getStatus() == AccountStatus.PENDING_EMAIL)
                .ifPresent(unconfirmed -> accounts.deleteUnconfirmed(unconfirmed.getId()));
        if (accounts.existsByEmail(invitation.getEmail())) {
            return AcceptOutcome.EMAIL_TAKEN;
        }
        Set<Role> roles = EnumSet.of(Role.MEMBER, invitation.getRole());
        Account account = new Account(invitation.getEmail(), displayName.strip(), passwordEncoder.encode(password), roles);
        account.applyProfile(new Account.Profile(profile.organization(), profile.jobTitle(), profile.countryIso2(),
                invitation.getConstituencyGroupId(), null, ProfileVisibility.MEMBERS, profile.themeIds()));
        account = accounts.save(account);
        invitation.accept(account.getId());
        history.record(account.getId(), invitation.getInvitedBy(), "JOINED_BY_INVITATION", invitation.getRole().name());
        return AcceptOutcome.ACCEPTED;
    }
}
