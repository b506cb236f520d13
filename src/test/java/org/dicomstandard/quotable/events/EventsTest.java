package org.dicomstandard.quotable.events;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The recorder on the embedded database: counting, masking, the daily limit, a database that cannot be written. */
class EventsTest {
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    @TempDir
    Path data;
    final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    Events events;

    Events open(Path dir, int capacity, int perDay) {
        events = new Events(new EventStore(EventSettings.embedded(dir, Duration.ofDays(30))), clock, capacity, perDay);
        return events;
    }

    @AfterEach
    void close() {
        if (events != null) events.close();
    }

    List<EventQueries.QuestionRow> questions(boolean unansweredOnly) throws SQLException {
        try (EventQueries q = EventQueries.open(events.store())) {
            return q.questions(Instant.EPOCH, unansweredOnly, 100);
        }
    }

    @Test
    void a_repeated_question_is_one_row_with_a_count() throws SQLException {
        open(data, 1000, 0);
        for (int i = 0; i < 5; i++) events.asked("api", "Is DICOM insecure?", null, "en", "why-dicom-security", 0.8, true);
        assertThat(events.flush()).isTrue();
        events.asked("api", "Is DICOM insecure?", null, "en", "why-dicom-security", 0.8, true);
        events.asked("slack", "what is the tag for birth date", "journalists", "en", null, 0.1, false);
        events.flush();
        assertThat(questions(false)).containsExactly(
                new EventQueries.QuestionRow("Is DICOM insecure?", "api", null, "why-dicom-security", true, 6, NOW),
                new EventQueries.QuestionRow("what is the tag for birth date", "slack", "journalists", null, false, 1, NOW));
        assertThat(questions(true)).extracting(EventQueries.QuestionRow::question).containsExactly("what is the tag for birth date");
    }

    @Test
    void nothing_that_identifies_the_asker_is_written() throws Exception {
        open(data, 1000, 0);
        events.asked("teams", "call me on +49 170 1234567 or mail jane.doe@hospital.example about our PACS\u0000\n", null, null, null, 0, false);
        events.asked("slack", "what did <@U024BE7LH> and <at>Jane Doe</at> say in <#C01ABCD|press>?", null, null, null, 0, false);
        events.feedback("why-dicom-security--journalists", "api", false, "ask jane.doe@hospital.example");
        events.flush();
        assertThat(questions(false)).extracting(EventQueries.QuestionRow::question).containsExactlyInAnyOrder(
                "call me on [number] or mail [email] about our PACS", "what did [mention] and [mention] say in [mention]?");
        try (EventQueries q = EventQueries.open(events.store())) {
            assertThat(q.complaints(Instant.EPOCH, 10)).singleElement().extracting(EventQueries.Complaint::question).isEqualTo("ask [email]");
        }
        events.close();
        events = null;
        // Not in the database file either, in any form H2 may have kept.
        byte[] file = Files.readAllBytes(data.resolve("events.mv.db"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("jane.doe", "1234567", "U024BE7LH", "Jane Doe");
    }

    @Test
    void past_the_daily_limit_questions_are_counted_without_their_words() throws SQLException {
        open(data, 1000, 2);
        for (String q : List.of("first", "second", "third", "first", "fourth")) {
            events.asked("api", q, null, null, null, 0, false);
            events.flush(); // within one batch the order is the buffer's; across batches it is the order of asking
        }
        assertThat(questions(false)).extracting(EventQueries.QuestionRow::question, EventQueries.QuestionRow::times)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("first", 2L), org.assertj.core.groups.Tuple.tuple("second", 1L),
                        org.assertj.core.groups.Tuple.tuple(DailyLimit.OVER, 2L));
        now.set(NOW.plus(Duration.ofDays(1))); // a new day, a new allowance
        events.asked("api", "third", null, null, null, 0, false);
        events.flush();
        assertThat(questions(false)).extracting(EventQueries.QuestionRow::question).contains("third");
    }

    @Test
    void a_database_that_cannot_be_written_keeps_a_bounded_number_of_events_and_says_so() throws Exception {
        Path blocked = Files.writeString(data.resolve("blocked"), "not a folder");
        open(blocked, 3, 0);
        for (String q : List.of("a", "b", "c", "a", "d", "e")) events.asked("api", q, null, null, null, 0, false);
        assertThat(events.flush()).isFalse();
        Events.Status status = events.status();
        assertThat(status.ok()).isFalse();
        assertThat(status.problem()).startsWith("the event database").doesNotContain(data.toString());
        assertThat(status.pending()).isEqualTo(3);
        assertThat(status.dropped()).isEqualTo(2); // d and e: new kinds past the bound; the second a was counted
    }

    @Test
    void retention_deletes_what_was_last_seen_before_the_period() throws SQLException {
        open(data, 1000, 0);
        now.set(NOW.minus(Duration.ofDays(40)));
        events.asked("api", "an old question", null, null, null, 0, false);
        events.served("old-reply", "slack");
        events.reload("accepted", "start-up");
        now.set(NOW.minus(Duration.ofDays(10)));
        events.asked("api", "a recent question", null, null, null, 0, false);
        events.flush();
        now.set(NOW);
        assertThat(events.prune()).isEqualTo(3);
        assertThat(questions(false)).extracting(EventQueries.QuestionRow::question).containsExactly("a recent question");
        try (EventQueries q = EventQueries.open(events.store())) {
            assertThat(q.replies(Instant.EPOCH)).isEmpty();
            assertThat(q.operations(Instant.EPOCH)).isEmpty();
        }
    }
}
