package org.apirnet.notify;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox's front door and its one sender. A mail is stored in the caller's transaction, so it exists exactly when
 * the change that caused it commits; once that transaction has committed it is sent on this class's own thread, never
 * on the caller's (a slow mail server must not slow down a web request). Retries that come due ({@link MailRetrySweep})
 * are sent on the same single thread, so this node has at most one mail in the SMTP server's hands at any moment: a
 * crash can leave at most that one mail to be sent a second time. Whatever cannot be sent at once, because the queue is
 * full, the server is down or the portal stops, stays pending for the sweep.
 */
@Component
class MailOutbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final OutgoingMailRepository mails;
    private final MailDispatcher dispatcher;

    /** Not a bean on purpose: an Executor bean would replace Spring Boot's application task executor. */
    private final ThreadPoolTaskExecutor promptSender;

    /** Set while a sweep waits in the sender's queue: sweeps asked for meanwhile would find nothing more. */
    private final AtomicBoolean sweepQueued = new AtomicBoolean();

    private final Clock clock;

    MailOutbox(OutgoingMailRepository mails, MailDispatcher dispatcher, Clock clock) {
        this.mails = mails;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.promptSender = new ThreadPoolTaskExecutor();
        promptSender.setThreadNamePrefix("mail-");
        // One thread: mail leaves in the order it was committed, and a portal of this size needs no more.
        promptSender.setCorePoolSize(1);
        promptSender.setMaxPoolSize(1);
        promptSender.setQueueCapacity(500);
        promptSender.setAllowCoreThreadTimeOut(true);
        promptSender.setWaitForTasksToCompleteOnShutdown(true);
        promptSender.setAwaitTerminationSeconds(10);
        promptSender.initialize();
    }

    /** Joins the caller's transaction (or starts one); the mail is sent only if and after that transaction commits. */
    @Transactional
    void enqueue(ComposedMail mail) {
        long id = mails.save(OutgoingMail.pending(mail, clock.instant())).getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sendSoon(id);
            }
        });
    }

    private void sendSoon(long mailId) {
        try {
            promptSender.execute(() -> {
                try {
                    dispatcher.send(mailId);
                } catch (RuntimeException e) {
                    log.warn("Mail {} could not be sent right away; the retry sweep will try again: {}", mailId, e.toString());
                }
            });
        } catch (TaskRejectedException e) {
            log.info("Mail {} left for the retry sweep: the prompt sender is busy or stopping", mailId);
        }
    }

    /** Mail an earlier run of this node left unsent goes out now, not at the next sweep or when its claim expires. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeAfterRestart() {
        try {
            dispatcher.releaseClaimsLeftByThisNode();
            sweepSoon();
        } catch (RuntimeException e) {
            log.warn("Could not resume mail left by the last run; the sweep will: {}", e.toString());
        }
    }

    /** Sends the mail whose time has come, on the sender's thread, after whatever it is sending now. */
    void sweepSoon() {
        if (!sweepQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            promptSender.execute(() -> {
                sweepQueued.set(false);
                try {
                    dispatcher.releaseWaitingMailIfTheServerIsBack();
                    int handled = dispatcher.sendDue();
                    if (handled > 0) {
                        log.debug("Retry sweep handled {} mail(s)", handled);
                    }
                } catch (RuntimeException e) {
                    // Typically the database is unreachable; the next sweep tries again.
                    log.warn("Retry sweep stopped early: {}", e.toString());
                }
            });
        } catch (TaskRejectedException e) {
            sweepQueued.set(false);
            log.info("Retry sweep skipped: the sender is busy or stopping; the next one will look again");
        }
    }

    @Override
    public void destroy() {
        dispatcher.stop(); // the mail in the server's hands is finished; queued and due mail waits for the next start
        promptSender.shutdown();
    }
}
