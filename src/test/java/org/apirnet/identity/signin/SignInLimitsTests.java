package org.apirnet.identity.signin;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.Cookie;
import org.apirnet.identity.accounts.AccountUserDetailsService;
import org.apirnet.identity.membership.IdentityTestSupport;
import org.apirnet.platform.RateLimits;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.TestMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing is slowed down per account, per browser and per client address, without ever locking the
 * owner out: their own browser has its own allowance, and a mailed link or a password reset lets a new one in.
 */
class SignInLimitsTests extends PortalIntegrationTest {

    private static final String ATTACKER = "203.0.113.66";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuthenticationProvider authentication;

    @Autowired
    IdentityTestSupport support;

    @Autowired
    RateLimits limits;

    @Autowired
    SignInDevices devices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    private static UsernamePasswordAuthenticationToken attempt(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String email, String password) {
        return post("/login").with(csrf()).param("username", email).param("password", password);
    }

    private void guessWrong(String email, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(signIn(email, "wrong-" + i).with(from(ATTACKER)))
                    .andExpect(unauthenticated());
        }
    }

    /** Signs in from a fresh browser and returns the device cookie it was given. */
    private Cookie signInAndKeepDevice(String email) throws Exception {
        MockHttpServletResponse response = mvc.perform(signIn(email, IdentityTestSupport.PASSWORD).with(from("192.0.2.10"))).andExpect(authenticated())
                .andReturn().getResponse();
        Cookie device = response.getCookie(SignInDevices.COOKIE);
        assertThat(device).as("a signed-in browser becomes known").isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(response.getHeader("Set-Cookie")).contains("SameSite=Strict", "Path=/login");
        return device;
    }

    @Test
    void parallelGuessesUseUpTheAllowanceAndTheRightPasswordFromAnUnknownBrowserMustWait() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("parallel");
        support.member(email);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int guess = i;
            guesses.add(() -> {
                start.await();
                try {
                    authentication.authenticate(attempt(email, "guess-" + guess, ATTACKER));
                    return true;
                } catch (AuthenticationException e) {
                    return e instanceof ThrottledAuthenticationProvider.ThrottledException;
                }
            });
        }
        int refusedUnchecked = 0;
        try (var pool = Executors.newFixedThreadPool(12)) {
            List<Future<Boolean>> results = guesses.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Boolean> result : results) {
                refusedUnchecked += result.get() ? 1 : 0;
            }
        }
        assertThat(refusedUnchecked).as("12 guesses, 5 checked, 7 refused before the password").isEqualTo(7);
        assertThatThrownBy(() -> authentication.authenticate(attempt(email, IdentityTestSupport.PASSWORD, "198.51.100.9")))
                .isInstanceOf(ThrottledAuthenticationProvider.ThrottledException.class);
    }

    @Test
    void theOwnersOwnBrowserSignsInWhileSomeoneElseIsGuessing() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("owner");
        support.member(email);
        Cookie device = signInAndKeepDevice(email);
        guessWrong(email, 12);

        mvc.perform(signIn(email, IdentityTestSupport.PASSWORD)
                .with(from("192.0.2.99"))).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        Document page = Html.of(mvc.perform(get("/login?locked")).andExpect(status().isOk()));
        assertThat(page.select("p[role=alert]").text()).contains("slowed down", "1 minute.", "Your own browsers are not affected");
        assertThat(page.select("a[href^=/login/unlock]").text()).contains("sign-in link");

        mvc.perform(signIn(email, IdentityTestSupport.PASSWORD)
                .with(from("192.0.2.99")).cookie(device)).andExpect(authenticated());
    }

    /** Guessing as fast as allowed, with the clock moved on by each wait: five at once, then ever longer waits. */
    @Test
    void theWaitGrowsWithTheGuesses() {
        String email = IdentityTestSupport.uniqueEmail("progressive");
        support.member(email);
        long[] now = {System.currentTimeMillis() * 1_000_000};
        RateLimits onTestClock = new RateLimits(dataSource, new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return now[0];
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        });
        AuthenticationProvider provider = new ThrottledAuthenticationProvider(passwords(), onTestClock, devices);
        List<Long> waits = new ArrayList<>();
        for (int guess = 0; guess < 40; guess++) {
            try {
                provider.authenticate(attempt(email, "guess-" + guess, ATTACKER));
            } catch (ThrottledAuthenticationProvider.ThrottledException refused) {
                waits.add(refused.retryAfterMinutes());
                now[0] += Duration.ofMinutes(refused.retryAfterMinutes()).toNanos();
                guess--; // that one was not checked: try it again after the wait
            } catch (AuthenticationException wrongPassword) {
                // checked, and wrong
            }
        }
        assertThat(waits).as("never shorter than before").isSorted();
        assertThat(waits.getFirst()).isEqualTo(1);
        assertThat(waits.getLast()).as("after thirty-odd wrong guesses").isGreaterThanOrEqualTo(40);
        assertThat(waits).contains(6L);
    }

    private DaoAuthenticationProvider passwords() {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return passwords;
    }

    @Test
    void aMailedLinkLetsANewBrowserSignInAtOnce() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("unlock");
        support.member(email);
        guessWrong(email, 6);
        mvc.perform(post("/login/unlock").with(csrf()).param("email", email)).andExpect(redirectedUrl("/login"));
        String link = IdentityTestSupport.extractLink(TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getFirst());
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(link).contains("/login/unlock/confirm?token=");

        Document confirm = Html.of(mvc.perform(get("/login/unlock/confirm").param("token", token)).andExpect(status().isOk()));
        assertThat(confirm.select("main form button").text()).isEqualTo("Let this browser sign in");
        MockHttpServletResponse unlocked = mvc.perform(post("/login/unlock/confirm").with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/login")).andReturn().getResponse();
        Cookie device = unlocked.getCookie(SignInDevices.COOKIE);
        assertThat(device).isNotNull();
        guessWrong(email, 6); // still guessing elsewhere
        mvc.perform(signIn(email, IdentityTestSupport.PASSWORD).cookie(device))
                .andExpect(authenticated());
        Document used = Html.of(mvc.perform(post("/login/unlock/confirm").with(csrf()).param("token", token)).andExpect(status().isOk()));
        assertThat(used.select("h1").text()).isEqualTo("This link does not work");
    }

    @Test
    void unlockRequestsGiveTheSameAnswerForUnknownAddresses() throws Exception {
        String unknown = IdentityTestSupport.uniqueEmail("nobody");
        mvc.perform(post("/login/unlock").with(csrf()).param("email", unknown)).andExpect(redirectedUrl("/login"));
        Document bad = Html.of(mvc.perform(post("/login/unlock").with(csrf()).param("email", "not an address"))
                .andExpect(status().isOk()));
        assertThat(bad.select("#email-error").text()).isNotBlank();
        Thread.sleep(300);
        assertThat(TestMail.messagesTo(unknown)).isEmpty();
    }

    @Test
    void aPasswordResetLiftsTheSlowDown() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("resetlift");
        support.member(email);
        guessWrong(email, 6);
        mvc.perform(post("/login/forgot").with(csrf()).param("email", email)).andExpect(redirectedUrl("/login"));
        String token = IdentityTestSupport.extractToken(TestMail.awaitMessagesTo(email, 1, Duration.ofSeconds(10)).getFirst());
        MockHttpServletResponse reset = mvc.perform(post("/login/reset").with(csrf()).param("token", token)
                .param("password", "a-brand-new-long-password")).andExpect(redirectedUrl("/login")).andReturn().getResponse();
        assertThat(reset.getCookie(SignInDevices.COOKIE)).as("the browser that reset is known").isNotNull();
        mvc.perform(signIn(email, "a-brand-new-long-password")
                .with(from("192.0.2.77"))).andExpect(authenticated());
    }

    @Test
    void attemptsThatNeverReachedThePasswordUseUpNoTry() {
        String email = IdentityTestSupport.uniqueEmail("outage");
        support.member(email);
        DaoAuthenticationProvider failing = new DaoAuthenticationProvider(username -> {
            throw new InternalAuthenticationServiceException("the accounts could not be read");
        });
        AuthenticationProvider duringOutage = new ThrottledAuthenticationProvider(failing, limits, devices);
        for (int i = 0; i < 12; i++) {
            assertThatThrownBy(() -> duringOutage.authenticate(attempt(email, "whatever", "192.0.2.60")))
                    .isInstanceOf(InternalAuthenticationServiceException.class);
        }
        assertThat(authentication.authenticate(attempt(email, IdentityTestSupport.PASSWORD, "192.0.2.60")).isAuthenticated()).isTrue();
    }

    @Test
    void manyPeopleSigningInFromOneOfficeAddressAreNeverSlowedDown() {
        for (int i = 0; i < 40; i++) {
            assertThat(authentication.authenticate(attempt(DEMO_EDITOR, DEMO_PASSWORD, "192.0.2.50")).isAuthenticated()).isTrue();
        }
    }

    @Test
    void oneClientGuessingAcrossAccountsIsSlowedDownAndOthersAreNot() {
        for (int i = 0; i < 30; i++) {
            String nobody = "spray-" + i + "@test.apirnet.org";
            assertThatThrownBy(() -> authentication.authenticate(attempt(nobody, "Summer2026!", "203.0.113.200")))
                    .isNotInstanceOf(ThrottledAuthenticationProvider.ThrottledException.class);
        }
        assertThatThrownBy(() -> authentication.authenticate(attempt(DEMO_EDITOR, DEMO_PASSWORD, "203.0.113.200")))
                .isInstanceOfSatisfying(ThrottledAuthenticationProvider.ThrottledException.class,
                        e -> assertThat(e.scope()).isEqualTo(ThrottledAuthenticationProvider.ThrottledException.Scope.CLIENT));
        assertThat(authentication.authenticate(attempt(DEMO_EDITOR, DEMO_PASSWORD, "203.0.113.201")).isAuthenticated()).isTrue();
    }

    /** The counts are rows in PostgreSQL: another node, or this one after a restart, takes from the same buckets. */
    @Test
    void countsAreSharedThroughTheDatabase() throws Exception {
        String email = IdentityTestSupport.uniqueEmail("shared");
        support.member(email);
        guessWrong(email, 5);
        RateLimits anotherNode = new RateLimits(dataSource);
        assertThat(anotherNode.take(IdentityLimits.SIGN_IN_ACCOUNT, email).allowed()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket where id like 'signin-account:%'", Integer.class))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select id from rate_limit_bucket", String.class))
                .as("keys are digests, never addresses").noneMatch(id -> id.contains("@"));
    }

    /** After sign-in the browser goes back to the page it wanted, by path: never to the host its request named. */
    @Test
    void signingInReturnsToThePageByPathOnly() throws Exception {
        RequestPostProcessor evilHost = request -> {
            request.setServerName("evil.example");
            return request;
        };
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(get("/account?tab=1").with(evilHost))
                .andExpect(redirectedUrl("/login")).andReturn().getRequest().getSession(false);
        mvc.perform(signIn(DEMO_MEMBER, DEMO_PASSWORD).with(evilHost).session(session))
                .andExpect(authenticated()).andExpect(redirectedUrl("/account?tab=1&continue"));
    }

    @Test
    void anEncodedLoginPathDoesNotEscapeTheLimits() throws Exception {
        guessWrong(DEMO_MEMBER, 5);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI base = URI.create("http://localhost:" + port);
        String csrf = Jsoup.parse(http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).select("input[name=_csrf]").val();
        String form = "username=" + URLEncoder.encode(DEMO_MEMBER, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        for (String path : List.of("/login", "/%6Cogin", "/login;x=1", "//login")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            assertThat(response.statusCode() == 302 && !location.contains("locked") && !location.contains("error")
                    && !location.contains("login")).as("signed in through %s (%s %s)", path, response.statusCode(), location).isFalse();
        }
    }
}
