package org.apirnet.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInThrottleTests extends PortalIntegrationTest {

    @Autowired
    AuthenticationProvider authentication;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void forget() {
        throttle.reset();
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    @Test
    void parallelGuessesUseUpTheAllowanceAndTheRightPasswordIsThenRefused() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> guesses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            int guess = i;
            guesses.add(() -> {
                start.await();
                try {
                    authentication.authenticate(attempt(DEMO_MODERATOR, "guess-" + guess, "203.0.113.7"));
                    return true;
                } catch (AuthenticationException e) {
                    return false;
                }
            });
        }
        try (var pool = Executors.newFixedThreadPool(15)) {
            List<Future<Boolean>> results = guesses.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isFalse();
            }
        }
        assertThatThrownBy(() -> authentication.authenticate(attempt(DEMO_MODERATOR, DEMO_PASSWORD, "198.51.100.9")))
                .isInstanceOf(ThrottledAuthenticationProvider.ThrottledException.class);
    }

    @Test
    void attemptsThatNeverReachedThePasswordUseUpNoTry() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT + 5; i++) {
            assertThat(throttle.tryAttempt(DEMO_EDITOR, "192.0.2.60")).isTrue();
            throttle.giveBack(DEMO_EDITOR, "192.0.2.60"); // as when the accounts could not be read
        }
        assertThat(throttle.isLocked(DEMO_EDITOR, "192.0.2.60")).isFalse();
        assertThat(authentication.authenticate(attempt(DEMO_EDITOR, DEMO_PASSWORD, "192.0.2.60")).isAuthenticated()).isTrue();
    }

    @Test
    void manyPeopleSigningInFromOneOfficeAddressAreNeverLocked() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS + 5; i++) {
            assertThat(authentication.authenticate(attempt(DEMO_EDITOR, DEMO_PASSWORD, "192.0.2.50")).isAuthenticated()).isTrue();
        }
    }

    @Test
    void anEncodedLoginPathDoesNotEscapeTheLock() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            assertThatThrownBy(() -> authentication.authenticate(attempt(DEMO_MEMBER, "wrong", "127.0.0.1")));
        }
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
