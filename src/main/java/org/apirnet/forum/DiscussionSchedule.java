package org.apirnet.forum;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens and closes discussions at their times. It asks the database what came due, so it survives restarts and
 * catches up after downtime by itself; the ShedLock row makes one node at a time do it when several run. Replies
 * read the times themselves, so this job only records the moves (audit lines) a little after they happen.
 */
@Component
class DiscussionSchedule {

    private static final Logger log = LoggerFactory.getLogger(DiscussionSchedule.class);

    private final DiscussionService discussions;
    private final Clock clock;

    DiscussionSchedule(DiscussionService discussions, Clock clock) {
        this.discussions = discussions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${apirnet.forum.schedule-interval:PT30S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "discussion-stages", lockAtMostFor = "PT5M")
    void recordDueStages() {
        recordDueStagesAt(clock.instant());
    }

    /** Records every move due by {@code now}, a batch at a time; the number recorded (tests call this directly). */
    int recordDueStagesAt(java.time.Instant now) {
        int total = 0;
        java.util.List<Long> due;
        int moved;
        do {
            due = discussions.dueAt(now);
            moved = 0;
            for (long id : due) {
                if (discussions.recordStageAt(id, now)) {
                    moved++;
                }
            }
            total += moved;
        } while (due.size() == DiscussionService.SCHEDULE_BATCH && moved > 0);
        if (total > 0) {
            log.info("Recorded {} discussion openings or closings", total);
        }
        return total;
    }
}
