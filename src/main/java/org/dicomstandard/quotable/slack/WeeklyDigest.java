package org.dicomstandard.quotable.slack;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import org.dicomstandard.quotable.events.Events;
import org.dicomstandard.quotable.report.ReportText;
import org.dicomstandard.quotable.report.UsageReport;
import org.dicomstandard.quotable.sync.ReviewReminder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Posts the report of the past week to Slack, beside the review reminders, when
 * {@code quotable.digest.enabled} is true. Without Slack or a channel it stays off and says so.
 */
@Context
@Requires(property = "quotable.digest.enabled", value = "true")
public final class WeeklyDigest {
    /** Where the digest goes: Slack's chat.postMessage with the bot token ({@link SlackReminders}). */
    interface Poster {
        void post(String channel, String mrkdwn, String what);
    }

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyDigest.class);
    private final DigestConfiguration config;
    private final Poster sink;
    private final Events events;
    private final Clock clock;
    private final TaskScheduler scheduler;

    WeeklyDigest(DigestConfiguration config, Optional<Poster> sink, Events events, Clock clock,
                        @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.config = config;
        this.sink = sink.orElse(null);
        this.events = events;
        this.clock = clock;
        this.scheduler = scheduler;
        if (config.channel() == null || config.channel().isBlank()) {
            LOG.error("The weekly report digest is enabled but quotable.digest.channel is not set; no digest will be posted");
        } else if (this.sink == null) {
            LOG.warn("The weekly report digest is configured ({} on {}s at {} {}) but Slack is off; no digest will be posted",
                    config.channel(), config.day(), config.time(), config.zone());
        } else {
            scheduleAfter(clock.instant());
        }
    }

    /** Reads the report of the last {@code since} from the database and posts it. */
    public String postNow() throws SQLException {
        Instant now = clock.instant();
        events.flush();
        String text = ReportText.mrkdwn(SlackText::escape).render(UsageReport.read(events.store(), now.minus(config.since()), now));
        sink.post(config.channel(), text, "the weekly report digest");
        LOG.info("Weekly report digest posted to {}", config.channel());
        return text;
    }

    /** The next slot strictly after {@code after}, so a timer that fires a moment early never posts twice. */
    private void scheduleAfter(Instant after) {
        Instant next = ReviewReminder.nextRun(after, config.day(), config.time(), config.zone());
        Duration wait = Duration.between(clock.instant(), next);
        scheduler.schedule(wait.isNegative() ? Duration.ZERO : wait, () -> {
            try {
                postNow();
            } catch (SQLException | RuntimeException e) {
                LOG.error("Weekly report digest to {} failed; trying again next week: {}", config.channel(), e.toString());
            } finally {
                scheduleAfter(next);
            }
        });
        LOG.info("Next weekly report digest to {} at {}", config.channel(), next);
    }
}
