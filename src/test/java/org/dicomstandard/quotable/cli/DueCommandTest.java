package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DueCommandTest {
    @TempDir
    Path root;

    private void edit(String path, String from, String to) throws IOException {
        Path file = root.resolve(path);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
    }

    private String run(String... args) throws Cli.UsageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new DueCommand(Fixtures.TODAY).run(java.util.List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void due_lists_replies_near_or_past_review_under_each_reviewer() throws Exception {
        Fixtures.layer(root, "library/valid");
        edit("snippets/why-dicom-security/journalists.yaml", "approved_by: [alice-wg14]", "approved_by: [alice-wg14, bob-wg14]");
        edit("snippets/why-dicom-security/journalists.yaml", "review_by: 2027-06-01", "review_by: 2026-11-20");
        edit("snippets/exposed-pacs-report/vendors.yaml", "approved_by: [alice-wg14]", "approved_by: [bob-wg14]");
        edit("snippets/exposed-pacs-report/vendors.yaml", "review_by: 2027-06-01", "review_by: 2026-12-10");

        assertThat(run(root.toString())).isEqualTo("""
                2 replies to review by 2026-12-25 (within 30 days), 1 overdue:

                alice-wg14 (1)
                  2026-11-20  OVERDUE   why-dicom-security--journalists  snippets/why-dicom-security/journalists.yaml

                bob-wg14 (2)
                  2026-11-20  OVERDUE   why-dicom-security--journalists  snippets/why-dicom-security/journalists.yaml
                  2026-12-10  in 15 d   exposed-pacs-report--vendors  snippets/exposed-pacs-report/vendors.yaml
                """);
        assertThat(run(root.toString(), "--within", "7d")).contains("1 reply to review by 2026-12-02").doesNotContain("exposed-pacs-report");
        assertThat(run(root.toString(), "--within", "P30W")).contains("why-dicom-security--journalists--de", "in 188 d  ");
    }

    @Test
    void nothing_due_says_so_and_a_bad_period_is_a_usage_error() throws Exception {
        Fixtures.layer(root, "library/valid");
        assertThat(run(root.toString())).isEqualTo("No replies to review by 2026-12-25 (within 30 days).\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[]{"due", root.toString(), "--within", "soon"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: due");
    }
}
