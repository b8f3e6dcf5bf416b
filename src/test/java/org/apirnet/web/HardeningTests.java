package org.apirnet.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apirnet.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Defence in depth around the pages: proxies, redirects, headers, method security, session lifetime. */
class HardeningTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A raw HTTP/1.1 request: Java's HttpClient will not send a Host header of our choosing. */
    private List<String> rawGet(String path, String host, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            return head;
        }
    }

    private static String header(List<String> head, String name) {
        return head.stream().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse(null);
    }

    @Test
    void redirectsNeverEchoTheHostHeader() throws IOException {
        for (String path : List.of("/account", "/admin", "/members", "/admin/search", "/login?logout")) {
            List<String> head = rawGet(path, "evil.example");
            String location = header(head, "Location");
            if (location != null) {
                assertThat(location).as(path).startsWith("/").doesNotContain("evil.example");
            }
        }
        assertThat(header(rawGet("/account", "evil.example"), "Location")).isEqualTo("/login");
    }

    @Test
    void httpsThroughATrustedProxyGetsHstsAndPlainHttpDoesNot() throws IOException {
        List<String> viaProxy = rawGet("/", "apirnet.example.org", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.9");
        assertThat(header(viaProxy, "Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        assertThat(header(rawGet("/", "apirnet.example.org"), "Strict-Transport-Security")).isNull();
    }

    @Test
    void everyPageForbidsBrowserFeaturesItNeverUses() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()", "geolocation=()", "microphone=()");
    }

    /** The URL rule guards /admin/**; each handler guards itself too, so a mapping moved elsewhere stays closed. */
    @Test
    void everyAdminHandlerRequiresTheAdminRoleItself() {
        int admin = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            boolean adminPath = mapping.getKey().getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/admin"));
            if (!adminPath) {
                continue;
            }
            admin++;
            HandlerMethod handler = mapping.getValue();
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            }
            assertThat(rule).as("@PreAuthorize on " + handler).isNotNull();
            assertThat(rule.value()).as(handler.toString()).contains("hasRole('ADMIN')");
        }
        assertThat(admin).as("admin handlers found").isGreaterThan(10);
    }

    @Test
    void aSignedInSessionEndsAfterItsAbsoluteLifetime(@Autowired UserDetailsService users) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("username", DEMO_MEMBER)
                .password("password", DEMO_PASSWORD)).andReturn().getRequest().getSession(false);
        assertThat(session.getAttribute(SessionLifetime.SIGNED_IN_AT)).isInstanceOf(Long.class);
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
        session.setAttribute(SessionLifetime.SIGNED_IN_AT, System.currentTimeMillis() - java.time.Duration.ofHours(13).toMillis());
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
    }
}
