package org.dicomstandard.quotable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.github.FakeGitHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The snippet review workflow runs verify-approvals on pull requests and on reviews, with arguments the command accepts. */
class SnippetWorkflowTest {
    private static final String REPLY = "snippets/why-dicom-security/journalists.yaml";
    private static final String HEAD = "c0ffee0000000000000000000000000000000001";

    @TempDir
    Path root;

    private static JsonNode workflow() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Fixtures.shippedLibrary().resolve(".github/workflows/snippets.yml").toFile());
    }

    /** The step's command line, with the workflow's expressions filled in as GitHub would for pull request #12. */
    private List<String> verifyStep(JsonNode workflow) {
        JsonNode step = StreamSupport.stream(workflow.path("jobs").path("review").path("steps").spliterator(), false)
                .filter(s -> s.path("run").asText().contains("verify-approvals")).findFirst().orElseThrow();
        assertThat(step.path("env").path("GITHUB_TOKEN").asText()).isEqualTo("${{ secrets.GITHUB_TOKEN }}");
        String line = step.path("run").asText().strip()
                .replace("${{ steps.changed.outputs.files }}", REPLY + ",audiences.yaml")
                .replace("${{ github.event.pull_request.number }}", "12")
                .replace("${{ github.event.pull_request.head.sha }}", HEAD);
        assertThat(line).doesNotContain("${{");
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) words.add(m.group(1) != null ? m.group(1) : m.group(2));
        assertThat(words.subList(0, 4)).containsExactly("java", "-jar", "target/quotable.jar", "verify-approvals");
        words = new ArrayList<>(words.subList(4, words.size()));
        words.set(words.indexOf("."), root.toString());
        return words;
    }

    @Test
    void runs_on_pull_requests_and_reviews_and_fails_until_the_named_reviewer_approves() throws Exception {
        JsonNode workflow = workflow();
        assertThat(workflow.path("on").has("pull_request")).isTrue();
        assertThat(workflow.path("on").path("pull_request_review").path("types").toString()).contains("submitted", "dismissed");
        assertThat(workflow.toString()).contains("quotable.jar validate . --format github", "quotable.jar summary");
        Fixtures.layer(root, "library/valid");
        List<String> args = verifyStep(workflow);
        try (FakeGitHub github = new FakeGitHub()) {
            Map<String, String> env = Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN, "GITHUB_REPOSITORY", FakeGitHub.REPO,
                    "QUOTABLE_GITHUB_API", github.url());
            github.pull(12, "carol-writer", HEAD);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            assertThat(new VerifyApprovalsCommand(env).run(args, o, o)).isEqualTo(Cli.FAILED);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("::error file=" + REPLY + ",line=21,title=approval-reviewed::");

            github.review(12, "alice-wg14", "APPROVED", HEAD, "2026-01-09T17:00:00Z");
            assertThat(new VerifyApprovalsCommand(env).run(args, o, o)).isEqualTo(Cli.OK);
        }
    }
}
