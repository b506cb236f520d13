package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validate_exits_0_on_a_valid_library() {
        Fixtures.layer(root, "library/valid");
        assertThat(run("validate", root.toString())).isZero();
        assertThat(out()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("4 replies checked", "0 errors");
    }

    @Test
    void validate_exits_1_with_one_line_per_problem() {
        Fixtures.layer(root, "library/valid", "rules/approval-reviewer/not-listed");
        assertThat(run("validate", root.toString())).isEqualTo(1);
        assertThat(out().lines()).containsExactly(
                "snippets/why-dicom-security/journalists.yaml:21: approval-reviewer: 'mallory' is not a reviewer in audiences.yaml; reviewers: alice-wg14, bob-wg14");
    }

    @Test
    void validate_prints_github_annotations() {
        Fixtures.layer(root, "library/valid", "rules/schema-unknown-field/typo");
        assertThat(run("validate", root.toString(), "--format", "github")).isEqualTo(1);
        assertThat(out().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("::error file=snippets/why-dicom-security/journalists.yaml,line=23,title=schema-unknown-field::unknown field 'reveiw_by'"));
    }

    @Test
    void validate_exits_2_on_bad_usage() {
        assertThat(run("validate", "--format", "xml")).isEqualTo(2);
        assertThat(run("validate", root.resolve("missing").toString())).isEqualTo(2);
        assertThat(run("validate", "--colour", "on")).isEqualTo(2);
        assertThat(run("validate", "a", "b")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: validate");
    }

    @Test
    void matrix_counts_approved_replies_per_cell_and_names_the_gaps() {
        Fixtures.layer(root, "library/valid");
        assertThat(run("matrix", root.toString())).isZero();
        String table = out();
        assertThat(table.lines().filter(l -> l.startsWith("why-dicom-security"))).singleElement()
                .satisfies(l -> assertThat(l.trim().split("\\s+")).containsExactly("why-dicom-security", "2", ".", ".", ".", ".", ".", "."));
        // the draft does not count; the internal approved reply does
        assertThat(table.lines().filter(l -> l.startsWith("standard-maintenance"))).singleElement()
                .satisfies(l -> assertThat(l).doesNotContain("1"));
        assertThat(table).contains("Topics with no approved journalists reply: heise-rebuttal, exposed-pacs-report");
    }

    @Test
    void summary_lists_the_changed_replies_for_reviewers() {
        Fixtures.layer(root, "library/valid");
        assertThat(run("summary", root.toString(), "--changed", "snippets/why-dicom-security/journalists.yaml,README.md")).isZero();
        assertThat(out()).contains("| `why-dicom-security--journalists` | journalists | why-dicom-security | 37 | approved | 2027-06-01 |",
                "all rules pass", "## Matrix coverage");
        assertThat(out()).doesNotContain("why-dicom-security--journalists--de");
    }

    @Test
    void an_unknown_word_exits_2_with_the_commands_and_the_closest_one() {
        assertThat(run("valdiate")).isEqualTo(2);
        String err = this.err.toString(StandardCharsets.UTF_8);
        assertThat(err).contains("'valdiate' is not a command", "Did you mean validate?", "serve", "matrix", "--version");
    }

    @Test
    void a_word_far_from_every_command_gets_the_list_without_a_guess() {
        assertThat(run("--port=9000")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Did you mean").contains("usage: java -jar quotable.jar");
    }

    @Test
    void only_no_arguments_or_serve_start_the_service() {
        assertThat(Cli.serves(new String[0])).isTrue();
        assertThat(Cli.serves(new String[]{"serve"})).isTrue();
        assertThat(Cli.serves(new String[]{"valdiate"})).isFalse();
        assertThat(Cli.serves(new String[]{"serve", "extra"})).isFalse();
    }

    @Test
    void help_and_version_answer_and_exit_0() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("validate", "misses", "due", "serve");
        out.reset();
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("quotable ").doesNotContain("${");
    }
}
