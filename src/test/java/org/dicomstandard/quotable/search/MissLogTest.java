package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MissLogTest {
    @TempDir
    Path data;

    @Test
    void recorded_questions_survive_a_restart() throws IOException {
        MissLog log = new MissLog(data, Fixtures.TODAY);
        log.record("what is the DICOM tag for birth date", "journalists", null, "slack");
        log.record("how much does conformance cost", null, "en", "api");
        log.close();

        List<MissLog.Miss> read = MissLog.read(List.of(data), Instant.EPOCH);
        assertThat(read).extracting(MissLog.Miss::question)
                .containsExactly("what is the DICOM tag for birth date", "how much does conformance cost");
        assertThat(read.get(0).channel()).isEqualTo("slack");
        assertThat(read.get(0).audience()).isEqualTo("journalists");
        assertThat(read.get(0).time()).isEqualTo(Fixtures.TODAY.instant());
    }

    @Test
    void nothing_that_identifies_the_asker_is_kept() throws IOException {
        MissLog log = new MissLog(data, Fixtures.TODAY);
        log.record("call me on +49 170 1234567 or mail jane.doe@hospital.example about our PACS\u0000\n", null, null, "teams");
        log.close();
        String file = Files.readString(data.resolve(MissLog.FILE), StandardCharsets.UTF_8);
        assertThat(file).doesNotContain("jane.doe", "1234567", "\\u0000").contains("[email]", "[number]");
        assertThat(file.lines()).hasSize(1);
    }

    @Test
    void a_log_that_cannot_be_written_is_reported_and_never_fails_the_caller() throws IOException {
        Path notADirectory = Files.writeString(data.resolve("blocked"), "x");
        MissLog log = new MissLog(notADirectory, Fixtures.TODAY);
        log.record("a question", null, null, "api");
        log.flush();
        assertThat(log.problem()).hasValueSatisfying(p -> assertThat(p).contains("cannot append"));
        log.close();
    }

    @Test
    void a_damaged_line_does_not_hide_the_rest_and_old_misses_are_left_out() throws IOException {
        Files.writeString(data.resolve(MissLog.FILE), String.join("\n",
                "{\"time\":\"2026-11-20T10:00:00Z\",\"question\":\"first\",\"channel\":\"api\"}",
                "{\"time\":\"2026-11-21T10:00:00Z\",\"quest",
                "{\"time\":\"2025-01-01T10:00:00Z\",\"question\":\"too old\",\"channel\":\"api\"}",
                "{\"time\":\"2026-11-22T10:00:00Z\",\"question\":\"second\",\"channel\":\"api\"}", ""));
        assertThat(MissLog.read(List.of(data), Instant.parse("2026-10-01T00:00:00Z")))
                .extracting(MissLog.Miss::question).containsExactly("first", "second");
    }

    @Test
    void similar_questions_are_grouped_and_the_most_asked_come_first() {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        List<MissLog.Miss> misses = List.of(
                new MissLog.Miss(t, "What is the DICOM tag for patient birth date?", null, null, "api"),
                new MissLog.Miss(t.plusSeconds(1), "how much does a conformance statement cost", null, null, "slack"),
                new MissLog.Miss(t.plusSeconds(2), "dicom tag for the patient's birth date", "journalists", null, "slack"),
                new MissLog.Miss(t.plusSeconds(3), "DICOM tag patient birth date", null, null, "teams"));
        List<MissReport.Group> groups = MissReport.group(misses);
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
        List<MissLog.Miss> misses = List.of(
                new MissLog.Miss(t, "does dicom encrypt anything", null, null, "api"),
                new MissLog.Miss(t.plusSeconds(1), "does dicom encrypt anything at all", null, null, "slack"),
                new MissLog.Miss(t.plusSeconds(2), "sourdough starter recipe", null, null, "api"));
        List<String> asked = new java.util.ArrayList<>();
        List<MissReport.Group> groups = MissReport.group(misses, q -> {
            asked.add(q);
            return q.contains("dicom") ? new MissReport.Nearest("why-dicom-security", 0.4) : null;
        });
        assertThat(asked).as("one search per group, for its main wording").hasSize(2);
        assertThat(groups.get(0).nearest()).isEqualTo(new MissReport.Nearest("why-dicom-security", 0.4));
        assertThat(groups.get(1).nearest()).isNull();
    }
}
