package org.apirnet.identity.signin;

import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Work whose duration would tell the person asking something they must not learn (whether an address has an
 * account): the page answers at once, and this runs beside it. Bounded: when it is full (someone is flooding the
 * forms) further requests are dropped, never run on the request's own thread.
 */
@Component
class AfterResponse implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AfterResponse.class);

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    AfterResponse() {
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(500);
        executor.setThreadNamePrefix("identity-after-response-");
        executor.initialize();
    }

    void run(String what, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("Could not {}", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Dropped a request to {}: too many are waiting", what);
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
