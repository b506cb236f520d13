package org.dicomstandard.quotable.sync;

import io.micronaut.context.ApplicationContext;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.library.DueReviews;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
    void the_message_lists_due_replies_by_reviewer_and_escapes_titles() {
        var library = new LibraryValidator(Fixtures.TODAY).validate(Fixtures.layer(newRoot(), "library/valid")).library();
        DueReviews due = DueReviews.of(library, LocalDate.parse("2027-05-20"), 30);
        String text = ReviewReminder.text(due);
        assertThat(text).startsWith("*Replies due for review by 2027-06-19*: ")
                .contains("*alice-wg14*", "• `why-dicom-security--journalists` Why doesn't DICOM include security?: review by 2027-06-01");
        assertThat(org.dicomstandard.quotable.render.SlackText.escape("<b>A & B</b> @channel")).isEqualTo("&lt;b&gt;A &amp; B&lt;/b&gt; @\u200Bchannel");
        assertThat(ReviewReminder.text(DueReviews.of(library, LocalDate.parse("2026-11-25"), 30)))
                .isEqualTo("No replies are due for review in the next 30 days.");
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
        try (ApplicationContext ctx = ApplicationContext.builder().properties(props).singletons((ReminderSink) (channel, text) ->
                posted.add(channel + "\n" + text)).start()) {
            ReminderSchedule schedule = ctx.getBean(ReminderSchedule.class);
            assertThat(schedule.active()).isTrue();
            assertThat(schedule.postNow()).isPresent();
            assertThat(posted).singleElement().asString().startsWith("#wg14-secretariat\n*Replies due for review by ")
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
