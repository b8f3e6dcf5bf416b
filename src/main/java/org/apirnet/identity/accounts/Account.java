package org.apirnet.identity.accounts;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.apirnet.platform.PlainText;

/**
 * A person's account. Reference data (country, constituency group, themes) is held by key and resolved through
 * the taxonomy module, so listing accounts never joins reference tables row by row.
 */
@Entity
@Table(name = "account")
public class Account {

    static final String FORMER_MEMBER = "Former member";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String organization;

    private String jobTitle;

    @Column(name = "country_iso2", columnDefinition = "bpchar(2)")
    private String countryIso2;

    private Short constituencyGroupId;

    private String bio;

    @Enumerated(EnumType.STRING)
    private ProfileVisibility profileVisibility = ProfileVisibility.MEMBERS;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_theme", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "theme_id")
    private Set<Short> themeIds = new HashSet<>();

    private Instant emailConfirmedAt;

    private Instant joinedAt;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Account() {
    }

    /** An active account with the given roles (demo, bootstrap and invited accounts). */
    public Account(String email, String displayName, String passwordHash, Set<Role> roles) {
        this.email = normalizeEmail(email);
        this.displayName = PlainText.withoutBidiControls(displayName);
        this.passwordHash = passwordHash;
        this.status = AccountStatus.ACTIVE;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.emailConfirmedAt = createdAt;
        this.joinedAt = createdAt;
    }

    /** A new applicant: may sign in to follow the application, nothing more until approved. */
    public static Account applicant(String email, String displayName, String passwordHash, Profile profile) {
        Account account = new Account();
        account.email = normalizeEmail(email);
        account.displayName = PlainText.withoutBidiControls(displayName);
        account.passwordHash = passwordHash;
        account.status = AccountStatus.PENDING_EMAIL;
        account.roles = EnumSet.of(Role.VISITOR);
        account.createdAt = Instant.now();
        account.updatedAt = account.createdAt;
        account.applyProfile(profile);
        return account;
    }

    /** E-mail addresses are compared case-insensitively and without surrounding blanks. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The profile fields a member edits, as one value. */
    public record Profile(String organization, String jobTitle, String countryIso2, Short constituencyGroupId, String bio,
                   ProfileVisibility visibility, Set<Short> themeIds) {
    }

    public void applyProfile(Profile profile) {
        this.organization = profile.organization();
        this.jobTitle = profile.jobTitle();
        this.countryIso2 = profile.countryIso2();
        this.constituencyGroupId = profile.constituencyGroupId();
        this.bio = profile.bio();
        this.profileVisibility = profile.visibility() == null ? ProfileVisibility.MEMBERS : profile.visibility();
        this.themeIds.clear();
        this.themeIds.addAll(profile.themeIds());
        touch();
    }

    Profile profile() {
        return new Profile(organization, jobTitle, countryIso2, constituencyGroupId, bio, profileVisibility, Set.copyOf(themeIds));
    }

    void rename(String displayName) {
        this.displayName = PlainText.withoutBidiControls(displayName);
        touch();
    }

    public void confirmEmail() {
        if (status == AccountStatus.PENDING_EMAIL) {
            status = AccountStatus.PENDING_APPROVAL;
        }
        if (emailConfirmedAt == null) {
            emailConfirmedAt = Instant.now();
        }
        touch();
    }

    public void approve() {
        status = AccountStatus.ACTIVE;
        roles.remove(Role.VISITOR);
        roles.add(Role.MEMBER);
        joinedAt = Instant.now();
        touch();
    }

    public void reject() {
        status = AccountStatus.REJECTED;
        touch();
    }

    void suspend() {
        status = AccountStatus.SUSPENDED;
        touch();
    }

    void reinstate() {
        status = AccountStatus.ACTIVE;
        touch();
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        touch();
    }

    void grant(Role role) {
        roles.add(role);
        touch();
    }

    void revoke(Role role) {
        roles.remove(role);
        touch();
    }

    /** Removes everything that identifies the person; the row stays so their public contributions keep an author. */
    void anonymize(String unusablePasswordHash) {
        email = "deleted-" + id + "@deleted.invalid";
        displayName = FORMER_MEMBER;
        passwordHash = unusablePasswordHash;
        status = AccountStatus.DELETED;
        roles.clear();
        organization = null;
        jobTitle = null;
        countryIso2 = null;
        constituencyGroupId = null;
        bio = null;
        profileVisibility = ProfileVisibility.MEMBERS;
        themeIds.clear();
        touch();
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public boolean isMember() {
        return status == AccountStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public String getOrganization() {
        return organization;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getCountryIso2() {
        return countryIso2;
    }

    public Short getConstituencyGroupId() {
        return constituencyGroupId;
    }

    public String getBio() {
        return bio;
    }

    public ProfileVisibility getProfileVisibility() {
        return profileVisibility;
    }

    public Set<Short> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
