package org.apirnet.notify;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apirnet.forum.ForumMail.SynopsisPublished;
import org.apirnet.identity.MemberContacts;
import org.apirnet.platform.DataChanges;
import org.apirnet.platform.PortalProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mailings to every member (a published synopsis). The announcement is stored in the publishing transaction; after
 * it commits, a background thread walks the members in batches by account id, each batch's mails entering the outbox
 * in the same transaction that moves the mailing's cursor, so every member gets it once, however often the thread or
 * the portal stops on the way. The request that published never waits for any of it. The sweep resumes mailings a
 * restart interrupted; {@code skip locked} keeps two nodes off the same mailing.
 */
@Component
class MailBroadcasts implements DisposableBean {

    static final String SYNOPSIS = "synopsis";
    /** Members per batch: one short transaction each. */
    static final int BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(MailBroadcasts.class);

    private record Mailing(long id, String kind, String title, String path, List<String> sections, long cursor, int queued) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MemberContacts members;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Clock clock;
    private final String baseUrl;
    /** Not a bean on purpose (it would replace Spring Boot's application task executor); one thread is plenty. */
    private final ThreadPoolTaskExecutor worker;

    MailBroadcasts(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, MemberContacts members,
                   MailTemplates templates, MailOutbox outbox, Clock clock, PortalProperties portal) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setName(DataChanges.UNSEEN_BY_PAGES); // a mailing's progress changes nothing a page shows
        this.members = members;
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
        this.baseUrl = portal.baseUrl().toString().replaceAll("/+$", "");
        this.worker = new ThreadPoolTaskExecutor();
        worker.setThreadNamePrefix("mailing-");
        worker.setCorePoolSize(1);
        worker.setMaxPoolSize(1);
        worker.setQueueCapacity(10);
        worker.setAllowCoreThreadTimeOut(true);
        worker.initialize();
    }

    /** Stored in the publishing transaction: the synopsis is out exactly when its mailing exists. */
    @EventListener
    void on(SynopsisPublished event) {
        jdbc.update("insert into mail_broadcast (kind, subject_id, title, path, sections, created_at) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict (kind, subject_id) do nothing",
                ps -> {
                    ps.setString(1, SYNOPSIS);
                    ps.setLong(2, event.discussionId());
                    ps.setString(3, event.title());
                    ps.setString(4, event.path());
                    ps.setArray(5, ps.getConnection().createArrayOf("text",
                            new String[] {event.keyPoints(), event.conclusions(), event.nextSteps()}));
                    ps.setTimestamp(6, Timestamp.from(clock.instant()));
                });
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sendSoon();
            }
        });
    }

    private void sendSoon() {
        try {
            worker.execute(this::sendAll);
        } catch (TaskRejectedException e) {
            log.info("Mailing queued behind others; the sweep takes it up");
        }
    }

    @Scheduled(fixedDelayString = "${apirnet.mail.broadcast-interval:PT1M}", initialDelayString = "PT20S")
    void sweep() {
        sendAll();
    }

    /** Sends batches until no mailing is left unfinished (or another node holds the rest). */
    void sendAll() {
        try {
            while (Boolean.TRUE.equals(transactions.execute(status -> nextBatch()))) {
                // one batch per transaction
            }
        } catch (RuntimeException e) {
            log.warn("A mailing stopped; the sweep will resume it: {}", e.toString());
        }
    }

    /** One batch of the oldest unfinished mailing; false when there was nothing to do. */
    private boolean nextBatch() {
        List<Mailing> mailings = jdbc.query("select id, kind, title, path, sections, cursor_account_id, mails_queued from mail_broadcast"
                + " where finished_at is null order by id limit 1 for update skip locked", (rs, row) -> new Mailing(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), texts(rs.getArray(5)), rs.getLong(6), rs.getInt(7)));
        if (mailings.isEmpty()) {
            return false;
        }
        Mailing mailing = mailings.getFirst();
        List<MemberContacts.Contact> batch = members.membersAfter(mailing.cursor(), BATCH);
        for (MemberContacts.Contact member : batch) {
            outbox.enqueue(compose(mailing, member));
        }
        long cursor = batch.isEmpty() ? mailing.cursor() : batch.getLast().accountId();
        boolean finished = batch.size() < BATCH;
        jdbc.update("update mail_broadcast set cursor_account_id = ?, mails_queued = mails_queued + ?, finished_at = ? where id = ?",
                cursor, batch.size(), finished ? Timestamp.from(clock.instant()) : null, mailing.id());
        if (finished) {
            log.info("Mailing {} ({} {}) queued for {} members", mailing.id(), mailing.kind(), mailing.path(), mailing.queued() + batch.size());
        }
        return true;
    }

    private ComposedMail compose(Mailing mailing, MemberContacts.Contact member) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", member.name());
        model.put("title", mailing.title());
        model.put("siteUrl", baseUrl + "/");
        model.put("link", baseUrl + mailing.path());
        model.put("keyPoints", paragraphs(mailing.sections(), 0));
        model.put("conclusions", paragraphs(mailing.sections(), 1));
        model.put("nextSteps", paragraphs(mailing.sections(), 2));
        return templates.compose(member.email(), "synopsis-published", "mail.synopsis.subject", new Object[] {mailing.title()}, model);
    }

    private static List<String> paragraphs(List<String> sections, int index) {
        if (index >= sections.size() || sections.get(index) == null) {
            return List.of();
        }
        return sections.get(index).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    @Override
    public void destroy() {
        worker.shutdown();
    }
}
