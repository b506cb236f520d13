package org.dicomstandard.quotable.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MissesCommandTest {
    @TempDir
    Path a;
    @TempDir
    Path b;

    private static String line(Instant at, String question, String channel) {
        return "{\"time\":\"" + at + "\",\"question\":\"" + question + "\",\"channel\":\"" + channel + "\"}\n";
    }

    @Test
    void misses_of_several_replicas_are_grouped_most_asked_first() throws Exception {
        Instant now = Instant.now();
        Files.writeString(a.resolve("misses.jsonl"), line(now.minus(1, ChronoUnit.DAYS), "dicom tag for birth date", "api")
                + line(now.minus(40, ChronoUnit.DAYS), "an old question about fax machines", "api"));
        Files.writeString(b.resolve("misses.jsonl"), line(now.minus(2, ChronoUnit.HOURS), "DICOM tag for patient birth date", "slack")
                + line(now.minus(3, ChronoUnit.HOURS), "cost of a conformance statement", "teams"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[]{"misses", a.toString(), b.toString(), "--since", "30d"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(text).startsWith("3 unanswered questions since").contains("in 2 groups");
        assertThat(text.lines().filter(l -> l.matches("\\s+\\d+ {2}.*")).toList())
                .hasSize(2).first().asString().matches("\\s+2 {2}DICOM tag for patient birth date|\\s+2 {2}dicom tag for birth date");
        assertThat(text).doesNotContain("fax machines");
        // Run from the repository root, the shipped library says which topic search would pick.
        assertThat(text.lines().filter(l -> l.strip().startsWith("search picks: ")).toList()).hasSize(2)
                .allSatisfy(l -> assertThat(l).matches("\\s+search picks: [a-z0-9-]+ \\(confidence [01][.,]\\d\\d\\).*"));
    }

    @Test
    void a_bad_period_or_folder_is_a_usage_error() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(Cli.run(new String[]{"misses", a.toString(), "--since", "soon"}, System.out, e)).isEqualTo(2);
        assertThat(Cli.run(new String[]{"misses", a.resolve("nope").toString()}, System.out, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: misses");
    }
}
