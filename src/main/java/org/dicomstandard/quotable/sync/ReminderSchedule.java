package org.dicomstandard.quotable.sync;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.dicomstandard.quotable.library.DueReviews;
import org.dicomstandard.quotable.search.LiveLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Posts the weekly review reminder through the {@link ReminderSink} (Slack) when
 * {@code quotable.reminders.enabled} is true. Without a sink or a channel it stays off and says so.
 */
@Context
@Requires(property = "quotable.reminders.enabled", value = "true")
@Bean(preDestroy = "close")
public final class ReminderSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderConfiguration config;
    private final ReminderSink sink;
    private final LiveLibrary library;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private Instant scheduledFor = Instant.MIN;

    public ReminderSchedule(ReminderConfiguration config, Optional<ReminderSink> sink, LiveLibrary library, Clock clock) {
        this.config = config;
        this.sink = sink.orElse(null);
        this.library = library;
        this.clock = clock;
        if (config.channel() == null || config.channel().isBlank()) {
            LOG.error("Weekly review reminders are enabled but quotable.reminders.channel is not set; no reminder will be posted");
            timer = null;
        } else if (this.sink == null) {
            LOG.warn("Weekly review reminders are configured ({} on {}s at {} {}) but Slack is off; no reminder will be posted",
                    config.channel(), config.day(), config.time(), config.zone());
            timer = null;
        } else {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "review-reminder");
                t.setDaemon(true);
                return t;
            });
            scheduleNext();
        }
    }

    /** Whether a reminder is scheduled (a channel and a sink are both there). */
    public boolean active() {
        return timer != null;
    }

    /** Builds the list from the served library and posts it; nothing is posted when nothing is due. */
    public Optional<DueReviews> postNow() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        DueReviews due = library.withIndex(i -> DueReviews.of(i.library(), today, (int) config.within().toDays()));
        if (due.isEmpty()) {
            LOG.info("Weekly review reminder: nothing is due by {}; nothing posted", due.until());
            return Optional.empty();
        }
        sink.post(config.channel(), due);
        LOG.info("Weekly review reminder posted to {}: {} replies, {} overdue", config.channel(), due.replies(), due.overdue());
        return Optional.of(due);
    }

    private synchronized void scheduleNext() {
        Instant now = clock.instant();
        // Never the same slot twice, even when the timer fires a moment before the clock reaches it.
        Instant after = now.isAfter(scheduledFor) ? now : scheduledFor;
        Instant next = ReviewReminder.nextRun(after, config.day(), config.time(), config.zone());
        scheduledFor = next;
        timer.schedule(this::runAndReschedule, Math.max(0, Duration.between(now, next).toMillis()), TimeUnit.MILLISECONDS);
        LOG.info("Next weekly review reminder to {} at {}", config.channel(), next);
    }

    private void runAndReschedule() {
        try {
            postNow();
        } catch (RuntimeException e) {
            LOG.error("Weekly review reminder to {} failed; trying again next week", config.channel(), e);
        } finally {
            scheduleNext();
        }
    }

    @Override
    public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
