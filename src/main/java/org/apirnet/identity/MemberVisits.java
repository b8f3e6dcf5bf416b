package org.apirnet.identity;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.apirnet.platform.ChangeAwareCache;
import org.apirnet.platform.DataChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's visits: one visit is one signed-in session (it ends at sign-out, or after the idle timeout). When one
 * starts, the end of the member's previous visit is kept in the session, so everything that shows "new since your
 * last visit" measures from the same moment all visit long. The last-seen time is written with plain statements
 * outside the portal's transactions: it moves no cache generation, since no shared page shows it.
 */
@Component
public class MemberVisits implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(MemberVisits.class);
    static final String ACCOUNT = MemberVisits.class.getName() + ".account";
    static final String PREVIOUS_VISIT_ENDED = MemberVisits.class.getName() + ".previousVisitEnded";

    /**
     * What is new to a member is measured against: since when (the end of their last visit, or when they joined if
     * this is their first), and the themes and country they chose on their profile (none chosen: everything).
     */
    public record SinceLastVisit(Instant since, boolean firstVisit, Set<Short> themeIds, String countryIso2) {

        public boolean hasInterests() {
            return !themeIds.isEmpty() || countryIso2 != null;
        }
    }

    private record Interests(Set<Short> themeIds, String countryIso2, Instant lastSeenAt, Instant joinedAt) {
    }

    private record VisitStart(Instant previousEnd, boolean first) implements java.io.Serializable {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Themes and country by account, until the next change (a profile edit is one). */
    private final ChangeAwareCache<Long, Optional<Interests>> interests;

    MemberVisits(JdbcTemplate jdbc, Clock clock, DataChanges changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.interests = new ChangeAwareCache<>(changes, 10_000, Duration.ofMinutes(10));
    }

    /**
     * A visit starts (at sign-in, which is its only caller): the previous one's end is kept for this session, and
     * this one is now the last seen.
     */
    public void begin(long accountId, HttpSession session) {
        try {
            VisitStart start = jdbc.queryForObject("""
                    update account a set last_seen_at = ? from account previous
                    where a.id = ? and previous.id = a.id
                    returning coalesce(previous.last_seen_at, previous.joined_at, previous.created_at), previous.last_seen_at is null""",
                    (row, n) -> new VisitStart(row.getTimestamp(1).toInstant(), row.getBoolean(2)),
                    Timestamp.from(clock.instant()), accountId);
            session.setAttribute(ACCOUNT, accountId);
            session.setAttribute(PREVIOUS_VISIT_ENDED, start);
        } catch (DataAccessException e) {
            log.warn("The start of account {}'s visit was not recorded: {}", accountId, e.toString());
        }
    }

    /** A visit ends: its last request is when the member was last seen. */
    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        try {
            if (!(session.getAttribute(ACCOUNT) instanceof Long accountId)) {
                return;
            }
            // The session's times are the system's; the portal's clock may differ (tests move it): how long ago it was.
            long idleMillis = Math.max(0, System.currentTimeMillis() - session.getLastAccessedTime());
            Instant lastSeen = clock.instant().minusMillis(idleMillis);
            jdbc.update("update account set last_seen_at = greatest(last_seen_at, ?) where id = ?", Timestamp.from(lastSeen), accountId);
        } catch (IllegalStateException | DataAccessException e) {
            log.debug("The end of a visit was not recorded: {}", e.toString()); // at shutdown; the start was
        }
    }

    /**
     * What is new to this signed-in member is measured against. A session that did not start through sign-in (none
     * does in production) measures from the last time the member was seen.
     */
    public Optional<SinceLastVisit> sinceLastVisit(long accountId, HttpServletRequest request) {
        Optional<Interests> found = interests.get(accountId, this::interestsOf);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Interests of = found.get();
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(PREVIOUS_VISIT_ENDED);
        VisitStart start = kept instanceof VisitStart visit && Long.valueOf(accountId).equals(session.getAttribute(ACCOUNT)) ? visit
                : new VisitStart(of.lastSeenAt() != null ? of.lastSeenAt() : of.joinedAt(), of.lastSeenAt() == null);
        return Optional.of(new SinceLastVisit(start.previousEnd(), start.first(), of.themeIds(), of.countryIso2()));
    }

    private Optional<Interests> interestsOf(long accountId) {
        return jdbc.query("""
                select a.country_iso2, a.last_seen_at, coalesce(a.joined_at, a.created_at),
                       array(select t.theme_id from account_theme t where t.account_id = a.id order by t.theme_id)
                from account a where a.id = ? and a.status = 'ACTIVE'""",
                (row, n) -> new Interests(themes(row.getArray(4)), row.getString(1),
                        row.getTimestamp(2) == null ? null : row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant()),
                accountId).stream().findFirst();
    }

    private static Set<Short> themes(Array array) throws SQLException {
        Object values = array.getArray();
        return values instanceof Object[] numbers
                ? Arrays.stream(numbers).map(number -> ((Number) number).shortValue()).collect(Collectors.toUnmodifiableSet())
                : Set.of();
    }
}
