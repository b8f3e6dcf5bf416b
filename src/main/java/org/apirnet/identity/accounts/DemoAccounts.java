package org.apirnet.identity.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apirnet.identity.membership.MembershipApplication;
import org.apirnet.identity.membership.MembershipApplicationRepository;
import org.apirnet.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Demo content for trying the portal out, only under the {@code demo} profile: one account per role, a handful of
 * members across constituency groups and countries (so the directory and composition pages show something), and
 * three applications waiting for an admin. Created once; later runs leave existing accounts alone.
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoAccount(String email, String displayName, Set<Role> roles, String country, String group, String organization) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@demo.apirnet.org", "Demo Admin", EnumSet.of(Role.MEMBER, Role.ADMIN), "TH", "ilo-hq-field", "ILO Regional Office for Asia and the Pacific"),
            new DemoAccount("editor@demo.apirnet.org", "Demo Editor", EnumSet.of(Role.MEMBER, Role.EDITOR), "TH", "ilo-hq-field", "ILO Decent Work Team, Bangkok"),
            new DemoAccount("moderator@demo.apirnet.org", "Demo Moderator", EnumSet.of(Role.MEMBER, Role.MODERATOR), "IN", "ilo-country-office", "ILO Country Office for India"),
            new DemoAccount("member@demo.apirnet.org", "Demo Member", EnumSet.of(Role.MEMBER), "VN", "government", "Ministry of Labour, Invalids and Social Affairs"));

    private static final List<DemoAccount> OTHER_MEMBERS = List.of(
            new DemoAccount("siriporn@demo.apirnet.org", "Siriporn K.", EnumSet.of(Role.MEMBER), "TH", "workers-organization", "Labour Congress of Thailand"),
            new DemoAccount("farhan@demo.apirnet.org", "Farhan A.", EnumSet.of(Role.MEMBER), "BD", "employers-organization", "Bangladesh Employers' Federation"),
            new DemoAccount("mele@demo.apirnet.org", "Mele T.", EnumSet.of(Role.MEMBER), "FJ", "government", "Ministry of Employment, Fiji"),
            new DemoAccount("kim@demo.apirnet.org", "Kim J.", EnumSet.of(Role.MEMBER), "KR", "academic-research", "Korea Labor Institute"),
            new DemoAccount("dara@demo.apirnet.org", "Dara S.", EnumSet.of(Role.MEMBER), "KH", "workers-organization", "Cambodian Labour Confederation"),
            new DemoAccount("ayesha@demo.apirnet.org", "Ayesha R.", EnumSet.of(Role.MEMBER), "PK", "employers-organization", "Employers' Federation of Pakistan"));

    private record DemoApplicant(String email, String name, String country, String group, String organization, String motivation) {
    }

    private static final List<DemoApplicant> APPLICANTS = List.of(
            new DemoApplicant("nguyen@demo.apirnet.org", "Nguyen T. H.", "VN", "workers-organization", "Viet Nam General Confederation of Labour",
                    "I coordinate collective bargaining training for enterprise unions and would like to share and learn from peers."),
            new DemoApplicant("rahul@demo.apirnet.org", "Rahul M.", "IN", "academic-research", "Institute for Labour Studies",
                    "My research compares dispute resolution systems in South Asia."),
            new DemoApplicant("sione@demo.apirnet.org", "Sione F.", "TO", "government", "Ministry of Trade and Economic Development",
                    "Tonga is drafting its first employment relations bill; we need comparative experience."));

    private final AccountRepository accounts;
    private final MembershipApplicationRepository applications;
    private final PasswordEncoder passwordEncoder;
    private final DemoProperties properties;
    private final Taxonomy taxonomy;

    DemoAccounts(AccountRepository accounts, MembershipApplicationRepository applications, PasswordEncoder passwordEncoder,
                 DemoProperties properties, Taxonomy taxonomy) {
        this.accounts = accounts;
        this.applications = applications;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.taxonomy = taxonomy;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(properties.password())) {
            throw new IllegalStateException("The demo profile needs apirnet.demo.password (APIRNET_DEMO_PASSWORD)");
        }
        String hash = passwordEncoder.encode(properties.password()); // one hash for all: bcrypt is slow on purpose
        for (DemoAccount demo : concat(ACCOUNTS, OTHER_MEMBERS)) {
            if (!accounts.existsByEmail(demo.email())) {
                Account account = new Account(demo.email(), demo.displayName(), hash, demo.roles());
                account.applyProfile(profile(demo.organization(), demo.country(), demo.group()));
                accounts.save(account);
            }
        }
        for (DemoApplicant applicant : APPLICANTS) {
            if (!accounts.existsByEmail(applicant.email())) {
                Account account = accounts.save(Account.applicant(applicant.email(), applicant.name(), hash,
                        profile(applicant.organization(), applicant.country(), applicant.group())));
                account.confirmEmail();
                applications.save(new MembershipApplication(account.getId(), applicant.motivation()));
            }
        }
        log.info("Demo accounts, password from apirnet.demo.password: {}",
                ACCOUNTS.stream().map(a -> a.email() + " " + a.roles()).toList());
    }

    private Account.Profile profile(String organization, String country, String groupSlug) {
        Short groupId = taxonomy.constituencyGroups().stream().filter(g -> g.getSlug().equals(groupSlug))
                .findFirst().map(g -> g.getId()).orElse(null);
        Set<Short> themeIds = Set.copyOf(taxonomy.themes().stream().limit(3).map(t -> t.getId()).toList());
        return new Account.Profile(organization, null, country, groupId, null, ProfileVisibility.MEMBERS, themeIds);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
