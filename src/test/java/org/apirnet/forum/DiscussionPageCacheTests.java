package org.apirnet.forum;

import java.time.Duration;

import org.apirnet.support.ControllableClock;
import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A discussion page is shared among the members who only read it; its moderators, followers and repliers get their
 * own, and nobody is served it past the moment it opens or closes.
 */
class DiscussionPageCacheTests extends PortalIntegrationTest {

    private static final String CACHE = "X-Page-Cache";

    @Autowired
    MockMvc mvc;

    @Autowired
    ForumTestSupport forum;

    @Autowired
    ControllableClock clock;

    @AfterEach
    void putTheClockBack() {
        forum.resetClock();
    }

    private MvcResult page(long id, String email) throws Exception {
        return mvc.perform(get("/discussions/" + id).with(forum.as(email))).andExpect(status().isOk()).andReturn();
    }

    private static String cacheOf(MvcResult result) {
        return result.getResponse().getHeader(CACHE);
    }

    @Test
    void readersShareTheDiscussionPageWhileThoseTakingPartGetTheirOwn() throws Exception {
        long id = forum.scheduled("Cached discussion on wage councils", DEMO_EDITOR, DEMO_MODERATOR, "countries", "pg");
        forum.passHours(2); // open
        page(id, "kim@demo.apirnet.org");
        MvcResult reader = page(id, "farhan@demo.apirnet.org");
        assertThat(cacheOf(reader)).isEqualTo("hit");
        assertThat(Html.of(mvc.perform(get("/discussions/" + id).with(forum.as("farhan@demo.apirnet.org")))).select(".account").text())
                .contains("Farhan A.").doesNotContain("Kim J.");

        assertThat(cacheOf(page(id, DEMO_MODERATOR))).as("its moderator sees the moderation controls").isEqualTo("miss");
        assertThat(cacheOf(page(id, DEMO_MODERATOR))).isEqualTo("miss");

        mvc.perform(post("/discussions/" + id + "/follow").with(csrf()).with(forum.as("mele@demo.apirnet.org")))
                .andExpect(status().is3xxRedirection());
        page(id, "mele@demo.apirnet.org");
        MvcResult follower = page(id, "mele@demo.apirnet.org");
        assertThat(cacheOf(follower)).as("a follower's page says so").isEqualTo("miss");
        assertThat(Html.of(mvc.perform(get("/discussions/" + id).with(forum.as("mele@demo.apirnet.org")))).text()).contains("Stop following");
        page(id, "kim@demo.apirnet.org");
        MvcResult afterwards = page(id, "farhan@demo.apirnet.org");
        assertThat(cacheOf(afterwards)).isEqualTo("hit");
        assertThat(afterwards.getResponse().getContentAsString()).doesNotContain("Stop following");
    }

    @Test
    void aKeptPageEndsWhenTheDiscussionClosesEvenBeforeTheScheduleRuns() throws Exception {
        long id = forum.scheduled("Cached discussion closing soon", DEMO_EDITOR, DEMO_MODERATOR, "countries", "vu",
                "closesAt", forum.hoursFromNow(3));
        forum.passHours(2); // open, closing in about an hour
        mvc.perform(post("/discussions/" + id + "/questions").with(csrf()).with(forum.as(DEMO_MODERATOR))
                .param("title", "Which councils meet yearly?").param("body", "Examples welcome."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/discussions/" + id)).andExpect(status().isOk());
        mvc.perform(get("/discussions/" + id).with(forum.as("kim@demo.apirnet.org"))).andExpect(status().isOk());
        assertThat(cacheOf(mvc.perform(get("/discussions/" + id)).andReturn())).isEqualTo("hit");
        MvcResult open = page(id, "farhan@demo.apirnet.org");
        assertThat(cacheOf(open)).isEqualTo("hit");
        assertThat(org.jsoup.Jsoup.parse(open.getResponse().getContentAsString()).select("form[action$=/replies]")).isNotEmpty();

        clock.advance(Duration.ofHours(2)); // past the closing; nothing written yet
        MvcResult visitor = mvc.perform(get("/discussions/" + id)).andReturn();
        assertThat(cacheOf(visitor)).isEqualTo("miss");
        Document closed = org.jsoup.Jsoup.parse(visitor.getResponse().getContentAsString());
        assertThat(closed.select(".stage-banner strong").text()).isEqualTo("Closed");
        MvcResult member = page(id, "farhan@demo.apirnet.org");
        assertThat(cacheOf(member)).isEqualTo("miss");
        assertThat(org.jsoup.Jsoup.parse(member.getResponse().getContentAsString()).select("form[action$=/replies]"))
                .as("no reply form once closed").isEmpty();
    }
}
