package org.apirnet.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.apirnet.platform.DataChanges;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many SQL statements pages cost, each for a visitor (rendered afresh, not served from the page cache) and for
 * a signed-in member, keyed {@code "visitor /path"} and {@code "member /path"}. The member is loaded once, outside
 * the counting: signing in is not what a page costs.
 */
public final class PageStatements {

    private final MockMvc mvc;
    private final SqlStatementCounter counter;
    private final DataChanges changes;
    private final UserDetails member;

    public PageStatements(MockMvc mvc, EntityManagerFactory entityManagerFactory, DataChanges changes, UserDetails member) {
        this.mvc = mvc;
        this.counter = new SqlStatementCounter(entityManagerFactory);
        this.changes = changes;
        this.member = member;
    }

    public Map<String, Long> count(List<String> paths) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : paths) {
            changes.changed();
            counts.put("visitor " + path, counter.count(() -> mvc.perform(get(path)).andExpect(status().isOk())));
            MockHttpServletRequestBuilder asMember = get(path).with(user(member));
            counts.put("member " + path, counter.count(() -> mvc.perform(asMember).andExpect(status().isOk())));
        }
        return counts;
    }
}
