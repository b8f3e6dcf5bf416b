package org.apirnet.identity;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route of the identity module (and the library's role-bound ones), for every kind of person: the page (200), a redirect to sign in, a 403, or a
 * 404 where the object's existence must not be revealed. Read the table; a change in it is a change in who may do what.
 */
class RoleMatrixTests extends PortalIntegrationTest {

    enum Who { VISITOR, APPLICANT, MEMBER, MODERATOR, EDITOR, ADMIN }

    /** Outcomes: OK page, LOGIN redirect, FORBIDDEN, NOT_FOUND, REDIRECT (a POST that did its work and redirected elsewhere). */
    enum Outcome { OK, LOGIN, FORBIDDEN, NOT_FOUND, REDIRECT }

    private static final String APPLICANT = "rahul@demo.apirnet.org"; // a demo applicant waiting for a decision

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountRepository accounts;

    private long privateProfileId;

    @BeforeEach
    void findObjects() {
        privateProfileId = accounts.findByEmail("siriporn@demo.apirnet.org").orElseThrow().getId();
    }

    private static final Map<Who, String> EMAILS = Map.of(
            Who.APPLICANT, APPLICANT, Who.MEMBER, DEMO_MEMBER, Who.MODERATOR, DEMO_MODERATOR,
            Who.EDITOR, DEMO_EDITOR, Who.ADMIN, DEMO_ADMIN);

    static Stream<Arguments> routes() {
        Outcome[] publicPage = {Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK};
        Outcome[] signedIn = {Outcome.LOGIN, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK};
        Outcome[] membersOnly = {Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK};
        Outcome[] membersOnlyHidden = {Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK};
        Outcome[] adminOnly = {Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK};
        Outcome[] editorOnly = {Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.OK, Outcome.OK};
        Outcome[] editorOnlyPostOnMissing = {Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.NOT_FOUND, Outcome.NOT_FOUND};
        Outcome[] adminOnlyPost = {Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.REDIRECT};
        return Stream.of(
                Arguments.of("GET", "/join", publicPage),
                Arguments.of("GET", "/join/sent", publicPage),
                Arguments.of("GET", "/join/confirm?token=not-a-real-token", publicPage),
                Arguments.of("GET", "/login", publicPage),
                Arguments.of("GET", "/login/forgot", publicPage),
                Arguments.of("GET", "/login/reset?token=not-a-real-token", publicPage),
                Arguments.of("GET", "/invitation?token=not-a-real-token", publicPage),
                Arguments.of("GET", "/account", signedIn),
                Arguments.of("GET", "/members", membersOnly),
                Arguments.of("GET", "/members?q=demo&country=TH&group=1&theme=1&page=2", membersOnly),
                Arguments.of("GET", "/members/{private}", membersOnlyHidden),
                Arguments.of("GET", "/admin", adminOnly),
                Arguments.of("GET", "/admin/applications", adminOnly),
                Arguments.of("GET", "/admin/invitations", adminOnly),
                Arguments.of("GET", "/admin/members", adminOnly),
                Arguments.of("GET", "/admin/members?q=demo&status=ACTIVE&page=1", adminOnly),
                Arguments.of("GET", "/admin/members/{private}", adminOnly),
                Arguments.of("GET", "/admin/composition", adminOnly),
                Arguments.of("GET", "/admin/composition.csv", adminOnly),
                Arguments.of("GET", "/admin/mail", adminOnly),
                Arguments.of("GET", "/library", publicPage),
                Arguments.of("GET", "/library?theme=wage-policy&country=th&type=research&language=en&year=2025&page=2", publicPage),
                Arguments.of("GET", "/library/submit", membersOnly),
                Arguments.of("GET", "/library/new", editorOnly),
                Arguments.of("GET", "/library/manage", editorOnly),
                Arguments.of("GET", "/library/submissions", editorOnly),
                Arguments.of("POST", "/library/999999/publish", editorOnlyPostOnMissing),
                Arguments.of("GET", "/projects", publicPage),
                Arguments.of("GET", "/projects?country=kh&theme=wage-policy&stage=active&page=2", publicPage),
                Arguments.of("GET", "/projects/new", editorOnly),
                Arguments.of("POST", "/projects/999999/archive", editorOnlyPostOnMissing),
                Arguments.of("POST", "/admin/applications/approve", adminOnlyPost),
                Arguments.of("POST", "/admin/invitations/999999/revoke", adminOnlyPost),
                Arguments.of("POST", "/admin/members/{private}/reinstate", adminOnlyPost));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void eachRoleGetsWhatTheTableSays(String method, String route, Outcome[] expected) throws Exception {
        String path = route.replace("{private}", Long.toString(privateProfileId));
        for (Who who : Who.values()) {
            MockHttpServletRequestBuilder request = "GET".equals(method) ? get(path) : post(path).with(csrf());
            if (who != Who.VISITOR) {
                request.with(user(users.loadUserByUsername(EMAILS.get(who))));
            }
            MvcResult result = mvc.perform(request).andReturn();
            assertThat(outcomeOf(result)).as("%s %s as %s", method, path, who).isEqualTo(expected[who.ordinal()]);
        }
    }

    private static Outcome outcomeOf(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status == 302 && location != null && location.endsWith("/login")) {
            return Outcome.LOGIN;
        }
        return switch (status) {
            case 200 -> Outcome.OK;
            case 302, 303 -> Outcome.REDIRECT;
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.NOT_FOUND;
            default -> throw new AssertionError("Unexpected status " + status + " (" + List.of(location) + ")");
        };
    }
}
