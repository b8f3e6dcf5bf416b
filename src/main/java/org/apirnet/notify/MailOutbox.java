package org.apirnet.notify;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox's front door. A mail is stored in the caller's transaction, so it exists exactly when the change that
 * caused it commits; once that transaction has committed it is sent on a thread of this class's own, never on the
 * caller's (a slow mail server must not slow down a web request). Whatever cannot be sent at once, because the
 * queue is full, the server is down or the portal stops, stays pending for {@link MailRetrySweep}.
 */
@Component
class MailOutbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final OutgoingMailRepository mails;
    private final MailDispatcher dispatcher;

    /** Not a bean on purpose: an Executor bean would replace Spring Boot's application task executor. */
    private final ThreadPoolTaskExecutor promptSender;

    MailOutbox(OutgoingMailRepository mails, MailDispatcher dispatcher) {
        this.mails = mails;
        this.dispatcher = dispatcher;
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
        long id = mails.save(OutgoingMail.pending(mail, Instant.now())).getId();
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

    @Override
    public void destroy() {
        promptSender.shutdown();
    }
}
