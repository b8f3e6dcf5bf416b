package org.apirnet.library;

import java.util.List;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Members' uploads: a daily quota (four files in the test profile), and rejected submissions' files removed later. */
class MemberUploadLimitsTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RejectedSubmissionFiles rejectedFiles;

    @Autowired
    org.apirnet.platform.FileStore store;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private static MockMultipartHttpServletRequestBuilder submission(String title, int files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/library/submit");
        for (int i = 0; i < files; i++) {
            request.file(new MockMultipartFile("files", "part-" + i + ".pdf", "application/pdf", LibraryTestFiles.pdf(title + " " + i)));
        }
        request.param("title", title).param("summary", "A member's report").param("type", "research").param("themes", "3")
                .param("language", "en").param("visibility", "PUBLIC").with(csrf());
        return request;
    }

    private long latestBy(String email, String title) {
        return jdbc.queryForObject("select r.id from resource r join account a on a.id = r.created_by where a.email = ? and r.title = ?",
                Long.class, email, title);
    }

    @Test
    void aMembersUploadsStopAtTheDailyQuotaAndTheFormKeepsWhatWasTyped() throws Exception {
        jdbc.update("update resource_attachment set uploaded_at = uploaded_at - interval '2 days' where resource_id in "
                + "(select r.id from resource r join account a on a.id = r.created_by where a.email = ?)", DEMO_MODERATOR);
        mvc.perform(submission("Quota one", 3).with(as(DEMO_MODERATOR))).andExpect(redirectedUrl("/account"));
        Document refused = Html.of(mvc.perform(submission("Quota two", 2).with(as(DEMO_MODERATOR))).andExpect(status().isOk()));
        assertThat(refused.select("#files-error").text()).contains("Members may upload 4 files", "you have uploaded 3 files");
        assertThat(refused.select("#title").val()).isEqualTo("Quota two");
        assertThat(jdbc.queryForObject("select count(*) from resource where title = 'Quota two'", Integer.class)).isZero();
        mvc.perform(submission("Quota three", 1).with(as(DEMO_MODERATOR))).andExpect(redirectedUrl("/account"));
        // Editors publish without a quota.
        for (int i = 0; i < 2; i++) {
            mvc.perform(multipart("/library/new").file(new MockMultipartFile("files", "e.pdf", "application/pdf", LibraryTestFiles.pdf("e" + i)))
                    .file(new MockMultipartFile("files", "f.pdf", "application/pdf", LibraryTestFiles.pdf("f" + i)))
                    .file(new MockMultipartFile("files", "g.pdf", "application/pdf", LibraryTestFiles.pdf("g" + i)))
                    .param("title", "Editor upload " + i).param("summary", "s").param("type", "research").param("themes", "3")
                    .param("language", "en").param("visibility", "PUBLIC").param("action", "publish").with(csrf()).with(as(DEMO_EDITOR)))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void aRejectedSubmissionLosesItsFilesAfterThePeriodAndKeepsItsRecord() throws Exception {
        jdbc.update("update resource_attachment set uploaded_at = uploaded_at - interval '2 days' where resource_id in "
                + "(select r.id from resource r join account a on a.id = r.created_by where a.email = ?)", DEMO_MEMBER);
        mvc.perform(submission("Rejected with files", 1).with(as(DEMO_MEMBER))).andExpect(redirectedUrl("/account"));
        long id = latestBy(DEMO_MEMBER, "Rejected with files");
        long attachmentId = jdbc.queryForObject("select id from resource_attachment where resource_id = ?", Long.class, id);
        String key = jdbc.queryForObject("select storage_key from resource_attachment where id = ?", String.class, attachmentId);
        mvc.perform(post("/library/" + id + "/reject").param("reason", "Out of scope.").with(csrf()).with(as(DEMO_EDITOR)))
                .andExpect(redirectedUrl("/library/submissions"));
        mvc.perform(get("/library/" + id + "/files/" + attachmentId).with(as(DEMO_MEMBER))).andExpect(status().isOk());

        assertThat(rejectedFiles.removeExpired()).as("within the period nothing goes").isZero();
        jdbc.update("update resource set updated_at = now() - interval '31 days' where id = ?", id);
        assertThat(rejectedFiles.removeExpired()).isEqualTo(1);

        assertThat(store.find(key)).isEmpty();
        mvc.perform(get("/library/" + id + "/files/" + attachmentId).with(as(DEMO_MEMBER))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select rejection_reason from resource where id = ?", String.class, id)).isEqualTo("Out of scope.");
        List<String> actions = jdbc.queryForList("select action from audit_event where subject_id = ? order by id", String.class, id);
        assertThat(actions).contains("REJECTED", "FILES_REMOVED");
    }
}
