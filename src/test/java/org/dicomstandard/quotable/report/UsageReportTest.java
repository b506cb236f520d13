package org.dicomstandard.quotable.report;

import org.dicomstandard.quotable.events.EventQueries.QuestionRow;
import org.dicomstandard.quotable.events.EventSettings;
import org.dicomstandard.quotable.events.EventStore;
import org.dicomstandard.quotable.events.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report read from events of two weeks, and how it reads as text, Markdown and Slack. */
class UsageReportTest {
    static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z"); // ISO week 47
    @TempDir
    Path data;

    /** Events as channels record them: two weeks of questions, replies served and posted, feedback and a reload. */
    UsageReport sample() throws Exception {
        EventStore store = new EventStore(EventSettings.embedded(data, Duration.ZERO));
        for (int week = 0; week < 2; week++) {
            Events events = new Events(store, Clock.fixed(MONDAY.plus(Duration.ofDays(7L * week)), ZoneOffset.UTC), 1000, 0);
            for (int i = 0; i <= week; i++) {
                events.asked("api", "Is DICOM insecure?", null, "en", "why-dicom-security", 0.9, true);
                events.served("why-dicom-security--journalists", "api");
            }
            events.asked("slack", "is dicom insecure", "journalists", "en", "why-dicom-security", 0.8, true);
            events.served("why-dicom-security--journalists", "slack");
            events.posted("why-dicom-security--journalists", "slack");
            events.asked("teams", "what is the tag for <b>birth date</b> @channel", null, "en", "tls-adoption", 0.1, false);
            events.feedback("tls-adoption--journalists", "api", false, "does *TLS* work?");
            events.reload("accepted", "start-up: 33 replies");
            assertThat(events.flush()).isTrue();
        }
        UsageReport r = UsageReport.read(store, MONDAY.minus(Duration.ofDays(1)), MONDAY.plus(Duration.ofDays(8)));
        store.close();
        return r;
    }

    @Test
    void the_report_counts_per_channel_and_week_and_ranks_questions_and_replies() throws Exception {
        UsageReport r = sample();
        assertThat(r.totals()).isEqualTo(new UsageReport.Counts(7, 5, 2, 5, 2, 0, 2));
        assertThat(r.channels()).extracting(UsageReport.ChannelCounts::channel).containsExactly("api", "slack", "teams");
        assertThat(r.channels().get(0).counts()).isEqualTo(new UsageReport.Counts(3, 3, 0, 3, 0, 0, 2));
        assertThat(r.weeks()).extracting(UsageReport.WeekCounts::week, UsageReport.WeekCounts::from)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-W47", LocalDate.parse("2026-11-16")),
                        org.assertj.core.groups.Tuple.tuple("2026-W48", LocalDate.parse("2026-11-23")));
        assertThat(r.weeks().get(1).counts().asked()).isEqualTo(4);
        // The two wordings are one question, answered by one topic, most asked first.
        assertThat(r.questions().get(0)).satisfies(q -> {
            assertThat(q.question()).isEqualTo("Is DICOM insecure?");
            assertThat(q.count()).isEqualTo(5);
            assertThat(q.topics()).containsExactly("why-dicom-security");
            assertThat(q.examples()).containsExactly("is dicom insecure");
        });
        assertThat(r.replies().get(0)).isEqualTo(new UsageReport.Reply("why-dicom-security--journalists", 5, 2, 0, 0,
                List.of(new UsageReport.ChannelCount("api", 3), new UsageReport.ChannelCount("slack", 2))));
        assertThat(r.notHelpful()).singleElement().isEqualTo(new UsageReport.NotHelpful("tls-adoption--journalists", 2, 0,
                List.of("does *TLS* work?")));
        assertThat(r.unanswered()).singleElement().extracting(UsageReport.Unanswered::count).isEqualTo(2L);
        assertThat(r.library()).containsExactly(new UsageReport.Operation("reload", "accepted", 2));
    }

    @Test
    void what_people_typed_cannot_turn_into_markup_or_a_mention() throws Exception {
        UsageReport r = sample();
        String text = ReportText.TEXT.render(r);
        assertThat(text).startsWith("Quotable report, 2026-11-15 to 2026-11-24 (UTC)\n  7 asked (5 answered, 2 unanswered)")
                .contains("Per week\n  2026-W47 (from 2026-11-16): 3 asked", "  2× what is the tag for <b>birth date</b> @channel");
        String markdown = ReportText.MARKDOWN.render(r);
        assertThat(markdown).startsWith("# Quotable report").contains("## Most asked questions\n- 5× Is DICOM insecure?",
                "asked: does \\*TLS\\* work?", "\\<b\\>birth date\\</b\\>");
        String slack = ReportText.mrkdwn(org.dicomstandard.quotable.slack.SlackText::escape).render(r);
        assertThat(slack).startsWith("*Quotable report").contains("*Unanswered questions, grouped*", "&lt;b&gt;birth date&lt;/b&gt;")
                .doesNotContain("@channel", "<b>");
    }

    @Test
    void similar_questions_are_grouped_and_the_most_asked_come_first() {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        List<MissReport.Group> groups = MissReport.group(List.of(
                new QuestionRow("What is the DICOM tag for patient birth date?", "api", null, null, false, 1, t),
                new QuestionRow("how much does a conformance statement cost", "slack", null, null, false, 1, t.plusSeconds(1)),
                new QuestionRow("dicom tag for the patient's birth date", "slack", "journalists", null, false, 1, t.plusSeconds(2)),
                new QuestionRow("DICOM tag patient birth date", "teams", null, null, false, 1, t.plusSeconds(3))));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).count()).isEqualTo(3);
        assertThat(groups.get(0).channels()).containsExactly("api", "slack", "teams");
        assertThat(groups.get(0).lastAsked()).isEqualTo(t.plusSeconds(3));
        assertThat(groups.get(0).examples()).hasSize(2);
        assertThat(groups.get(1).question()).isEqualTo("how much does a conformance statement cost");
        assertThat(groups).allSatisfy(g -> assertThat(g.nearest()).isNull());
    }

    @Test
    void each_group_names_the_topic_search_would_pick_for_its_question() {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        List<String> asked = new java.util.ArrayList<>();
        List<MissReport.Group> groups = MissReport.group(List.of(
                new QuestionRow("does dicom encrypt anything", "api", null, null, false, 1, t),
                new QuestionRow("does dicom encrypt anything at all", "slack", null, null, false, 1, t.plusSeconds(1)),
                new QuestionRow("sourdough starter recipe", "api", null, null, false, 1, t.plusSeconds(2))), q -> {
                    asked.add(q);
                    return q.contains("dicom") ? new MissReport.Nearest("why-dicom-security", 0.4) : null;
                });
        assertThat(asked).as("one search per group, for its main wording").hasSize(2);
        assertThat(groups.get(0).nearest()).isEqualTo(new MissReport.Nearest("why-dicom-security", 0.4));
        assertThat(groups.get(1).nearest()).isNull();
    }
}
