package org.apirnet.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apirnet.platform.RateLimits;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the whole portal: real PostgreSQL, real Flyway migrations, real Hibernate Search
 * (in-memory index) and the demo accounts. All subclasses share one application context, so keep this
 * configuration identical for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(ControllableClock.Configuration.class)
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo profile's
public abstract class PortalIntegrationTest {

    public static final String DEMO_PASSWORD = "test-demo-password";
    public static final String DEMO_ADMIN = "admin@demo.apirnet.org";
    public static final String DEMO_EDITOR = "editor@demo.apirnet.org";
    public static final String DEMO_MODERATOR = "moderator@demo.apirnet.org";
    public static final String DEMO_MEMBER = "member@demo.apirnet.org";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    protected int port;

    @Autowired
    private RateLimits rateLimits;

    /** Limits are kept in the database, which all tests share: each test starts with every bucket full. */
    @AfterEach
    void refillRateLimits() {
        rateLimits.forgetAll();
    }

    /**
     * A GET through the real server, for what MockMvc does not do: error pages are rendered by Tomcat's error
     * dispatch, which MockMvc skips. The path is sent as given (already encoded).
     */
    protected HttpResponse<String> getFromServer(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Connection database = TestDatabase.connection();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        // Real SMTP: every mail the portal sends lands in one GreenMail server for the whole run.
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::smtpPort);
    }
}
