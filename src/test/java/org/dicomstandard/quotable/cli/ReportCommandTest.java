package org.dicomstandard.quotable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dicomstandard.quotable.events.EventSettings;
import org.dicomstandard.quotable.events.EventStore;
import org.dicomstandard.quotable.events.Events;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code report} and {@code misses} read the service's embedded database, found through QUOTABLE_DATA like the service. */
class ReportCommandTest {
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path data;
    Map<String, String> env;

    @BeforeEach
    void recorded() {
        env = Map.of("QUOTABLE_DATA", data.toString());
        try (Events events = new Events(new EventStore(EventSettings.embedded(data, Duration.ZERO)), NOW, 100, 0)) {
            events.asked("slack", "is dicom insecure", null, "en", "why-dicom-security", 0.9, true);
            events.served("why-dicom-security--journalists", "slack");
            events.asked("api", "what is the fax number of the secretariat", null, "en", null, 0.1, false);
            assertThat(events.flush()).isTrue();
        }
    }

    record Run(int code, String out, String err) {
    }

    Run report(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            code = new ReportCommand(env::get, NOW).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (Cli.UsageException e) {
            code = Cli.USAGE;
            err.writeBytes(e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_report_comes_as_text_markdown_or_json() throws Exception {
        Run text = report();
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("Quotable report, 2026-10-26 to 2026-11-25 (UTC)\n  2 asked (1 answered, 1 unanswered)")
                .contains("Unanswered questions, grouped\n  1× what is the fax number of the secretariat");
        assertThat(report("--format", "markdown").out()).startsWith("# Quotable report").contains("- `why-dicom-security--journalists`: served 1");
        JsonNode json = new ObjectMapper().readTree(report("--since", "7d", "--format", "json").out());
        assertThat(json.get("since").asText()).isEqualTo("2026-11-18T10:00:00Z");
        assertThat(json.at("/totals/asked").asLong()).isEqualTo(2);
        assertThat(json.at("/replies/0/servedIn/0/channel").asText()).isEqualTo("slack");
        assertThat(report("--since", "1h").out()).contains("2 asked");
    }

    @Test
    void bad_options_and_settings_are_usage_errors() {
        assertThat(report("--format", "xml").err()).contains("--format is text, markdown or json");
        assertThat(report("--since", "soon").code()).isEqualTo(Cli.USAGE);
        assertThat(report("data").code()).isEqualTo(Cli.USAGE);
        env = Map.of("QUOTABLE_DB_URL", "jdbc:mysql://db.example.org/q?password=s3cret");
        Run wrong = report();
        assertThat(wrong.code()).isEqualTo(Cli.USAGE);
        assertThat(wrong.err()).contains("jdbc:postgresql:").doesNotContain("s3cret");
        env = Map.of("QUOTABLE_RETENTION", "a year");
        assertThat(report().err()).contains("QUOTABLE_RETENTION");
    }

    @Test
    void misses_without_a_folder_reads_the_database_of_quotable_data() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[]{"misses", data.toString(), "--since", "3650d"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("1 unanswered questions since").contains("what is the fax number");
        ByteArrayOutputStream viaEnv = new ByteArrayOutputStream();
        assertThat(new MissesCommandRunner(env).run(viaEnv)).isZero();
        assertThat(viaEnv.toString(StandardCharsets.UTF_8)).contains("what is the fax number");
    }

    /** {@code misses --since 3650d} with no folder, under the given environment. */
    record MissesCommandRunner(Map<String, String> env) {
        int run(ByteArrayOutputStream out) {
            try {
                return new MissesCommand(env::get).run(List.of("--since", "3650d"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            } catch (Cli.UsageException e) {
                throw new AssertionError(e);
            }
        }
    }
}
