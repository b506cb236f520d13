package org.dicomstandard.quotable.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The unanswered-questions log of earlier versions comes into the database once, damaged lines and all. */
class MissesImportTest {
    @TempDir
    Path data;

    /** A log as an older version wrote it, then damaged: a line cut short, a bad byte, and a last line cut inside a character. */
    static byte[] damagedLog() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("{\"time\":\"2026-11-20T10:00:00Z\",\"question\":\"what is the DICOM tag for birth date\",\"audience\":\"journalists\","
                + "\"language\":null,\"channel\":\"slack\"}\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes("{\"time\":\"2026-11-21T10:00:00Z\",\"quest\n".getBytes(StandardCharsets.UTF_8)); // cut by a crash
        out.writeBytes("{\"time\":\"2026-11-21T11:00:00Z\",\"question\":\"caf".getBytes(StandardCharsets.UTF_8));
        out.write(0xC3); // not UTF-8 on its own
        out.writeBytes("x\",\"channel\":\"api\"}\r\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("{\"time\":\"2026-11-22T10:00:00Z\",\"question\":\"what is the DICOM tag for birth date\",\"audience\":\"journalists\",\"channel\":\"slack\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\n{\"time\":\"yesterday\",\"question\":\"no time\",\"channel\":\"api\"}\n".getBytes(StandardCharsets.UTF_8));
        byte[] last = "{\"time\":\"2026-11-23T10:00:00Z\",\"question\":\"Gr\u00fc\u00dfe".getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Arrays.copyOf(last, last.length - 1)); // the disk filled up inside the ß
        return out.toByteArray();
    }

    static List<EventQueries.QuestionRow> read(EventStore store) throws SQLException {
        try (EventQueries q = EventQueries.open(store)) {
            return q.questions(Instant.EPOCH, true, 100);
        }
    }

    @Test
    void an_old_log_is_imported_once_and_damaged_lines_are_skipped() throws Exception {
        Files.write(data.resolve("misses.jsonl"), damagedLog());
        try (EventStore store = new EventStore(EventSettings.embedded(data, Duration.ZERO))) {
            assertThat(read(store)).singleElement().satisfies(r -> {
                assertThat(r.question()).isEqualTo("what is the DICOM tag for birth date");
                assertThat(r.times()).isEqualTo(2);
                assertThat(r.channel()).isEqualTo("slack");
                assertThat(r.lastAsked()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
            });
        }
        assertThat(data.resolve("misses.jsonl")).doesNotExist();
        assertThat(data.resolve("misses.jsonl.imported")).hasBinaryContent(damagedLog());
        try (EventStore store = new EventStore(EventSettings.embedded(data, Duration.ZERO))) {
            assertThat(read(store)).singleElement().extracting(EventQueries.QuestionRow::times).isEqualTo(2L);
        }
        try (EventStore store = new EventStore(EventSettings.embedded(data, Duration.ZERO)); Connection c = store.read();
             ResultSet r = c.createStatement().executeQuery("SELECT imported, skipped FROM imports")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(1)).as("imported").isEqualTo(2);
            assertThat(r.getLong(2)).as("skipped").isEqualTo(4);
        }
    }

    @Test
    void the_same_log_copied_back_is_not_counted_twice_but_a_new_one_is() throws Exception {
        Files.write(data.resolve("misses.jsonl"), damagedLog());
        try (EventStore store = new EventStore(EventSettings.embedded(data, Duration.ZERO))) {
            store.open();
        }
        Files.write(data.resolve("misses.jsonl"), damagedLog()); // restored from a backup
        try (EventStore store = new EventStore(EventSettings.embedded(data, Duration.ZERO))) {
            assertThat(read(store)).singleElement().extracting(EventQueries.QuestionRow::times).isEqualTo(2L);
        }
        Files.writeString(data.resolve("misses.jsonl"), "{\"time\":\"2026-11-24T10:00:00Z\",\"question\":\"fax machines\",\"channel\":\"api\"}\n");
        try (EventStore store = new EventStore(EventSettings.embedded(data, Duration.ZERO))) {
            assertThat(read(store)).extracting(EventQueries.QuestionRow::question).containsExactlyInAnyOrder(
                    "what is the DICOM tag for birth date", "fax machines");
        }
        assertThat(data.resolve("misses.jsonl.imported")).exists();
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("misses.jsonl.imported-"));
        }
    }
}
