package org.dicomstandard.quotable.sync;

import io.micronaut.context.ApplicationContext;
import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewReminderTest {

    @Test
    void the_next_run_is_the_next_configured_weekday_and_time() {
        ZoneId utc = ZoneId.of("UTC");
        LocalTime nine = LocalTime.of(9, 0);
        // 2026-11-25 is a Wednesday
        assertThat(ReviewReminder.nextRun(Instant.parse("2026-11-25T10:00:00Z"), DayOfWeek.MONDAY, nine, utc))
                .isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(ReviewReminder.nextRun(Instant.parse("2026-11-25T08:00:00Z"), DayOfWeek.WEDNESDAY, nine, utc))
                .isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(ReviewReminder.nextRun(Instant.parse("2026-11-25T09:00:00Z"), DayOfWeek.WEDNESDAY, nine, utc))
                .isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(ReviewReminder.nextRun(Instant.parse("2026-11-25T10:00:00Z"), DayOfWeek.MONDAY, nine, ZoneId.of("Europe/Berlin")))
                .isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
    }

    @Test
    void enabled_reminders_post_through_the_sink_and_without_one_stay_off() {
        Map<String, Object> props = Map.of("quotable.library", Fixtures.layer(newRoot(), "library/valid").toString(),
                "quotable.watch", "false", "quotable.reminders.enabled", "true", "quotable.reminders.channel", "#wg14-secretariat",
                "quotable.reminders.day", "FRIDAY", "quotable.reminders.time", "14:30", "quotable.reminders.within", "400d");
        try (ApplicationContext ctx = ApplicationContext.run(props)) {
            ReminderConfiguration config = ctx.getBean(ReminderConfiguration.class);
            assertThat(config.day()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(config.time()).isEqualTo(LocalTime.of(14, 30));
            assertThat(config.within()).isEqualTo(Duration.ofDays(400));
            assertThat(ctx.getBean(ReminderSchedule.class).active()).isFalse(); // no Slack: configured but off
        }
        List<String> posted = new ArrayList<>();
        try (ApplicationContext ctx = ApplicationContext.builder().properties(props).singletons((ReminderSink) (channel, due) ->
                posted.add(channel + "\n" + due.groups())).start()) {
            ReminderSchedule schedule = ctx.getBean(ReminderSchedule.class);
            assertThat(schedule.active()).isTrue();
            assertThat(schedule.postNow()).isPresent();
            assertThat(posted).singleElement().asString().startsWith("#wg14-secretariat\n")
                    .contains("why-dicom-security--journalists");
        }
        try (ApplicationContext ctx = ApplicationContext.run(Map.of("quotable.library", "src/test/resources/library/valid",
                "quotable.watch", "false"))) {
            assertThat(ctx.getBean(ReminderConfiguration.class).enabled()).isFalse();
            assertThat(ctx.containsBean(ReminderSchedule.class)).isFalse();
        }
    }

    private static java.nio.file.Path newRoot() {
        try {
            return java.nio.file.Files.createTempDirectory("quotable-reminder");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
