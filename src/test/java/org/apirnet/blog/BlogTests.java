package org.apirnet.blog;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;
import org.apirnet.support.PortalIntegrationTest;
import org.apirnet.support.TestMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The blog against the real portal: who may write (per role, and members an admin allows), slugs, facets and bad
 * input, theme and country pages and search, and comments held for moderators with the rejection mailed. Posts are
 * tagged with the Republic of Korea, which no other test class uses.
 */
class BlogTests extends PortalIntegrationTest {

    private static final String ALLOWED = "farhan@demo.apirnet.org";
    private static final RequestPostProcessor ANON = request -> request;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private short themeId(String slug) {
        return jdbc.queryForObject("select id from theme where slug = ?", Short.class, slug);
    }

    private MockHttpServletRequestBuilder post(String path, String title, String... overrides) {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", "Summary of " + title);
        fields.put("body", "**Agreed** on Monday <script>alert(1)</script>");
        fields.put("kind", "analysis");
        fields.put("themes", String.valueOf(themeId("collective-bargaining")));
        fields.put("countries", "kr");
        fields.put("language", "en");
        fields.put("visibility", "PUBLIC");
        fields.put("discussion", "");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    private void allow(String email) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/blog/authors")
                .with(csrf()).with(as(DEMO_ADMIN)).param("email", email)).andExpect(status().is3xxRedirection());
    }

    private long publish(String email, String title) throws Exception {
        String location = mvc.perform(post("/blog/new", title).with(as(email))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/blog/\\d+");
        return Long.parseLong(location.substring("/blog/".length()));
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String slugged(long id) {
        return "/blog/" + id + "-" + jdbc.queryForObject("select slug from blog_post where id = ?", String.class, id);
    }

    @Test
    void visitorsAndMembersNotAllowedMayNotWriteButEditorsAndModeratorsMay() throws Exception {
        mvc.perform(get("/blog/new")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/blog/new").with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(post("/blog/new", "Member without permission").with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get("/blog/new").with(as(DEMO_EDITOR))).andExpect(status().isOk());
        mvc.perform(get("/blog/new").with(as(DEMO_MODERATOR))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from blog_post where title = 'Member without permission'", Long.class)).isZero();
        publish(DEMO_MODERATOR, "Moderator writes about bargaining in Korea");
        assertThat(page("/blog", ANON)).contains("Moderator writes about bargaining in Korea");
    }

    @Test
    void onlyAdminsManageWritersAndTheFormNeedsItsToken() throws Exception {
        mvc.perform(get("/admin/blog/authors")).andExpect(status().is3xxRedirection());
        for (String email : new String[] {DEMO_MEMBER, DEMO_EDITOR, DEMO_MODERATOR}) {
            mvc.perform(get("/admin/blog/authors").with(as(email))).andExpect(status().isForbidden());
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/blog/authors")
                    .with(csrf()).with(as(email)).param("email", DEMO_MEMBER)).andExpect(status().isForbidden());
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/blog/authors")
                .with(as(DEMO_ADMIN)).param("email", DEMO_MEMBER)).andExpect(status().isForbidden());
        mvc.perform(get("/blog/new").with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        assertThat(page("/admin/blog/authors", as(DEMO_ADMIN))).contains("Blog writers");
        String unknown = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/blog/authors")
                .with(csrf()).with(as(DEMO_ADMIN)).param("email", "nobody@example.org")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("No account has this address.");
    }

    @Test
    void anAllowedMemberPublishesAndThePostAppearsOnItsThemeCountryAndInSearch() throws Exception {
        allow(ALLOWED);
        long id = publish(ALLOWED, "Sector agreements spread among Korean shipyards");
        mvc.perform(get("/blog/" + id)).andExpect(status().isMovedPermanently());
        String post = page(slugged(id), as(DEMO_MEMBER));
        assertThat(post).contains("Sector agreements spread among Korean shipyards").contains("About the author")
                .contains("<strong>Agreed</strong>").doesNotContain("<script>alert");
        assertThat(page("/countries/kr", as(DEMO_MEMBER))).contains("From the blog").contains("Sector agreements spread among Korean shipyards");
        assertThat(page("/themes/collective-bargaining", as(DEMO_MEMBER))).contains("Sector agreements spread among Korean shipyards");
        assertThat(page("/blog?country=kr&kind=analysis", as(DEMO_MEMBER))).contains("Sector agreements spread among Korean shipyards");
        assertThat(page("/blog?kind=report&country=kr", as(DEMO_MEMBER))).doesNotContain("Sector agreements spread among Korean shipyards");
        assertThat(page("/search?q=shipyards", as(DEMO_MEMBER))).contains("href=\"/blog/" + id + "\"").contains("Blog post");
    }

    @Test
    void authorsEditTheirOwnPostsEditorsAnyAndARevokedMemberNoLonger() throws Exception {
        allow(ALLOWED);
        long mine = publish(ALLOWED, "Minimum wage boards in Korea, a first look");
        long editors = publish(DEMO_EDITOR, "Editor's view of Korean labour courts");
        mvc.perform(get("/blog/" + editors + "/edit").with(as(ALLOWED))).andExpect(status().isForbidden());
        mvc.perform(post("/blog/" + editors + "/edit", "Taken over").with(as(ALLOWED))).andExpect(status().isForbidden());
        mvc.perform(post("/blog/" + editors + "/edit", "Taken over").with(as(DEMO_MODERATOR))).andExpect(status().isForbidden());
        mvc.perform(post("/blog/" + mine + "/edit", "Minimum wage boards in Korea, revised").with(as(ALLOWED)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/blog/" + mine + "/edit", "Minimum wage boards in Korea, edited").with(as(DEMO_EDITOR)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select title from blog_post where id = ?", String.class, mine))
                .isEqualTo("Minimum wage boards in Korea, edited");
        assertThat(jdbc.queryForObject("select title from blog_post where id = ?", String.class, editors))
                .isEqualTo("Editor's view of Korean labour courts");
        mvc.perform(get("/blog/" + mine + "-old-slug")).andExpect(status().isMovedPermanently());

        long accountId = jdbc.queryForObject("select id from account where email = ?", Long.class, ALLOWED);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/blog/authors/" + accountId + "/revoke")
                .with(csrf()).with(as(DEMO_ADMIN))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/blog/new").with(as(ALLOWED))).andExpect(status().isForbidden());
        mvc.perform(get("/blog/" + mine + "/edit").with(as(ALLOWED))).andExpect(status().isForbidden());
        allow(ALLOWED);
    }

    @Test
    void badInputIsAnsweredOnTheFormAndOddAddressesNeverFail() throws Exception {
        String empty = mvc.perform(post("/blog/new", "", "kind", "gossip", "themes", "999", "discussion", "http://evil.example")
                .with(as(DEMO_EDITOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Choose one of the listed kinds of post.").contains("Give the address of a discussion")
                .contains("title-error");
        assertThat(page("/blog?kind=gossip&theme=nothing&year=abc&page=10000", ANON))
                .contains("Not recognised, ignored:");
        mvc.perform(get("/blog/not-a-number")).andExpect(status().isNotFound());
        mvc.perform(get("/blog/987654321")).andExpect(status().isNotFound());
        mvc.perform(get("/blog/987654321/edit").with(as(DEMO_EDITOR))).andExpect(status().isNotFound());
    }

    @Test
    void commentsWaitForAModeratorAndARejectionIsMailedWithItsReason() throws Exception {
        long id = publish(DEMO_EDITOR, "Wage negotiations in Korean hospitals");
        String path = slugged(id);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/blog/" + id + "/comments")
                .with(csrf()).param("body", "Visitors may not")).andExpect(status().is3xxRedirection());
        String blank = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/blog/" + id + "/comments")
                .with(csrf()).with(as(DEMO_MEMBER)).param("body", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("body-error");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/blog/" + id + "/comments")
                .with(csrf()).with(as(DEMO_MEMBER)).param("body", "Nurses' unions were heard first.")).andExpect(status().is3xxRedirection());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/blog/" + id + "/comments")
                .with(csrf()).with(as(DEMO_MEMBER)).param("body", "Off-topic advertisement")).andExpect(status().is3xxRedirection());
        assertThat(page(path, as(DEMO_MEMBER))).doesNotContain("Nurses&#39; unions were heard first.").doesNotContain("Off-topic");

        long good = jdbc.queryForObject("select id from blog_comment where body = 'Nurses'' unions were heard first.'", Long.class);
        long bad = jdbc.queryForObject("select id from blog_comment where body = 'Off-topic advertisement'", Long.class);
        assertThat(page("/review", as(DEMO_MODERATOR))).contains("/blog/comments#comment-" + good);
        assertThat(page("/blog/comments", as(DEMO_MODERATOR))).contains("Off-topic advertisement");
        mvc.perform(get("/blog/comments").with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/blog/comments/" + good + "/approve")
                .with(csrf()).with(as(DEMO_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/blog/comments/" + good + "/approve")
                .with(csrf()).with(as(DEMO_EDITOR))).andExpect(status().isForbidden());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/blog/comments/" + good + "/approve")
                .with(csrf()).with(as(DEMO_MODERATOR))).andExpect(status().is3xxRedirection());
        String noReason = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/blog/comments/" + bad + "/reject")
                .with(csrf()).with(as(DEMO_MODERATOR)).param("reason", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("reason-error");
        int mailsBefore = TestMail.messagesTo(DEMO_MEMBER).size();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/blog/comments/" + bad + "/reject")
                .with(csrf()).with(as(DEMO_MODERATOR)).param("reason", "Advertising is not allowed.")).andExpect(status().is3xxRedirection());
        MimeMessage mail = TestMail.awaitMessagesTo(DEMO_MEMBER, mailsBefore + 1, Duration.ofSeconds(10)).getLast();
        assertThat(mail.getSubject()).contains("blog");
        assertThat(TestMail.textOf(mail)).contains("Advertising is not allowed.").contains(path);

        String shown = page(path, ANON);
        assertThat(shown).contains("Nurses&#39; unions were heard first.").doesNotContain("Off-topic advertisement");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/blog/comments/" + good + "/reject")
                .with(csrf()).with(as(DEMO_MODERATOR)).param("reason", "Too late")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from blog_comment where id = ?", String.class, good)).isEqualTo("PUBLISHED");
    }
}
