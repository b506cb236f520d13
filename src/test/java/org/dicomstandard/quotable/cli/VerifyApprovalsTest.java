package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.github.FakeGitHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code verify-approvals}: the names in approved_by against a pull request's reviews (library/valid: alice-wg14 on 2026-01-10). */
class VerifyApprovalsTest {
    private static final String REPLY = "snippets/why-dicom-security/journalists.yaml";
    private static final String HEAD = "c0ffee0000000000000000000000000000000001";
    private static final String OLD = "badc0de000000000000000000000000000000000";

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> reviews = new ArrayList<>();

    private void review(String login, String state, String commit, String at) {
        reviews.add("{\"user\":{\"login\":\"" + login + "\"},\"state\":\"" + state + "\",\"commit_id\":\"" + commit
                + "\",\"submitted_at\":\"" + at + "\"}");
    }

    private int verify(String... extra) throws IOException {
        Fixtures.layer(root, "library/valid");
        Path file = root.resolve("reviews.json");
        Files.writeString(file, "[" + String.join(",", reviews) + "]");
        List<String> args = new ArrayList<>(List.of("verify-approvals", root.toString(), "--changed", REPLY + ",audiences.yaml",
                "--reviews", file.toString(), "--head", HEAD));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void an_approval_by_the_named_reviewer_at_the_head_passes() throws IOException {
        review("bob-wg14", "COMMENTED", HEAD, "2026-01-08T09:00:00Z");
        review("alice-wg14", "APPROVED", HEAD, "2026-01-09T17:00:00Z");
        assertThat(verify()).isZero();
        assertThat(out()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("approvals that count: alice-wg14");
    }

    @Test
    void a_name_nobody_approved_with_fails_on_the_approved_by_line() throws IOException {
        review("bob-wg14", "APPROVED", HEAD, "2026-01-09T17:00:00Z");
        assertThat(verify()).isEqualTo(1);
        assertThat(out().lines()).containsExactly(REPLY + ":21: approval-reviewed: approved_by names alice-wg14, who has not approved the pull request");
    }

    @Test
    void a_later_request_for_changes_or_a_dismissal_cancels_the_approval() throws IOException {
        review("alice-wg14", "APPROVED", HEAD, "2026-01-09T17:00:00Z");
        review("alice-wg14", "COMMENTED", HEAD, "2026-01-09T18:00:00Z");
        review("alice-wg14", "CHANGES_REQUESTED", HEAD, "2026-01-09T19:00:00Z");
        assertThat(verify()).isEqualTo(1);
        assertThat(out()).contains("requested changes on 2026-01-09");

        reviews.set(2, reviews.get(2).replace("CHANGES_REQUESTED", "DISMISSED"));
        out.reset();
        assertThat(verify()).isEqualTo(1);
        assertThat(out()).contains("review dismissed");
    }

    @Test
    void an_approval_before_the_last_push_is_stale() throws IOException {
        review("alice-wg14", "APPROVED", OLD, "2026-01-09T17:00:00Z");
        assertThat(verify()).isEqualTo(1);
        assertThat(out()).contains("approved commit badc0de, not the head c0ffee0: the approval predates the last push");
    }

    @Test
    void the_author_cannot_approve_their_own_pull_request() throws IOException {
        review("alice-wg14", "APPROVED", HEAD, "2026-01-09T17:00:00Z");
        assertThat(verify("--author", "alice-wg14")).isEqualTo(1);
        assertThat(out()).contains("opened the pull request, and an author's own approval does not count");
    }

    @Test
    void approved_on_before_the_approval_is_annotated_on_its_line() throws IOException {
        review("alice-wg14", "APPROVED", HEAD, "2026-01-11T08:00:00Z");
        assertThat(verify("--format", "github")).isEqualTo(1);
        assertThat(out().lines()).containsExactly("::error file=" + REPLY + ",line=22,title=approval-review-date::approved_on 2026-01-10 is "
                + "before alice-wg14 approved the pull request on 2026-01-11 (UTC): set approved_on to 2026-01-11 or later");
    }

    @Test
    void a_name_that_is_not_a_listed_reviewer_fails_even_when_they_approved() throws IOException {
        review("mallory", "APPROVED", HEAD, "2026-01-09T17:00:00Z");
        Fixtures.layer(root, "library/valid");
        Path reply = root.resolve(REPLY);
        Files.writeString(reply, Files.readString(reply).replace("approved_by: [alice-wg14]", "approved_by: [mallory]"));
        Path file = root.resolve("reviews.json");
        Files.writeString(file, "[" + String.join(",", reviews) + "]");
        int exit = Cli.run(new String[]{"verify-approvals", root.toString(), "--changed", REPLY, "--reviews", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out()).contains("approval-reviewer: 'mallory' is not a reviewer in audiences.yaml");
    }

    @Test
    void unchanged_and_draft_replies_and_deleted_files_are_not_checked() throws IOException {
        // no reviews at all: only an approved reply among the changed files could fail
        String changed = "snippets/standard-maintenance/general-public.yaml,snippets/gone/journalists.yaml,README.md";
        assertThat(Cli.run(new String[]{"verify-approvals", Fixtures.layer(root, "library/valid").toString(), "--changed", changed,
                        "--reviews", write("[]").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out()).isEmpty();
    }

    private Path write(String json) throws IOException {
        Path f = Files.createTempFile(root, "reviews", ".json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void malformed_or_missing_reviews_and_bad_options_exit_2() throws IOException {
        Fixtures.layer(root, "library/valid");
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        String r = root.toString();
        assertThat(Cli.run(new String[]{"verify-approvals", r, "--changed", REPLY, "--reviews", write("[{\"user\":").toString()}, o, e)).isEqualTo(2);
        assertThat(Cli.run(new String[]{"verify-approvals", r, "--changed", REPLY, "--reviews", write("{\"message\":\"x\"}").toString()}, o, e)).isEqualTo(2);
        assertThat(Cli.run(new String[]{"verify-approvals", r, "--changed", REPLY, "--reviews", root.resolve("none.json").toString()}, o, e)).isEqualTo(2);
        assertThat(Cli.run(new String[]{"verify-approvals", r, "--reviews", write("[]").toString()}, o, e)).isEqualTo(2);
        assertThat(Cli.run(new String[]{"verify-approvals", r, "--changed", REPLY}, o, e)).isEqualTo(2);
        assertThat(Cli.run(new String[]{"verify-approvals", r, "--changed", REPLY, "--reviews", "x", "--pr", "3"}, o, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not valid JSON", "expected a JSON array of reviews",
                "no reviews file", "--changed is required", "give either --reviews FILE or --pr N", "usage: verify-approvals");
    }

    // --pr: the reviews, author and head come from GitHub

    private int verifyPr(FakeGitHub github, Map<String, String> env) throws Cli.UsageException {
        Fixtures.layer(root, "library/valid");
        return new VerifyApprovalsCommand(env).run(List.of(root.toString(), "--changed", REPLY, "--pr", "12"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Map<String, String> env(FakeGitHub github) {
        return Map.of("GITHUB_TOKEN", FakeGitHub.TOKEN, "GITHUB_REPOSITORY", FakeGitHub.REPO, "QUOTABLE_GITHUB_API", github.url(),
                "QUOTABLE_GITHUB_TIMEOUT", "1s");
    }

    @Test
    void pr_reads_every_page_of_reviews_and_the_head_and_author_from_github() throws Exception {
        try (FakeGitHub github = new FakeGitHub()) {
            github.pull(12, "carol-writer", HEAD);
            github.review(12, "bob-wg14", "COMMENTED", HEAD, "2026-01-08T09:00:00Z");
            github.review(12, "alice-wg14", "CHANGES_REQUESTED", OLD, "2026-01-08T10:00:00Z");
            github.review(12, "bob-wg14", "APPROVED", OLD, "2026-01-08T11:00:00Z");
            github.review(12, "alice-wg14", "APPROVED", HEAD, "2026-01-09T17:00:00Z");
            github.review(12, "carol-writer", "APPROVED", HEAD, "2026-01-09T18:00:00Z");
            github.review(12, "dave-outsider", "APPROVED", HEAD, "2026-01-09T19:00:00Z");
            assertThat(verifyPr(github, env(github))).as(out() + err).isZero();
            assertThat(github.requests).contains("GET /repos/wg14/library/pulls/12");
            assertThat(github.requests.stream().filter(r -> r.endsWith("/reviews"))).hasSize(3); // 6 reviews, 2 a page
            // the author's approval does not count; an outsider's counts on GitHub but not here
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("at " + HEAD, "approvals that count: alice-wg14", "not reviewers in audiences.yaml: dave-outsider")
                    .doesNotContain("carol-writer");
        }
    }

    @Test
    void github_refusing_or_failing_is_a_clear_message_without_the_token() throws Exception {
        try (FakeGitHub github = new FakeGitHub()) {
            github.pull(12, "carol-writer", HEAD);
            github.failWith(403);
            assertThat(verifyPr(github, env(github))).isEqualTo(2);
            github.failWith(404);
            assertThat(verifyPr(github, env(github))).isEqualTo(2);
            github.failWith(500);
            assertThat(verifyPr(github, env(github))).isEqualTo(1);
            github.failWith(0);
            github.delay(java.time.Duration.ofMillis(1500));
            assertThat(verifyPr(github, env(github))).isEqualTo(1);
            String all = out() + err.toString(StandardCharsets.UTF_8);
            assertThat(all).contains("GitHub answered 403 to GET pull request #12", "lack permission", "GitHub answered 404",
                    "GitHub answered 500", "GitHub did not answer within 1 s").doesNotContain(FakeGitHub.TOKEN);
        }
    }

    @Test
    void pr_without_the_workflow_environment_is_bad_usage() {
        assertThatThrownBy(() -> verifyPr(null, Map.of("GITHUB_REPOSITORY", FakeGitHub.REPO)))
                .isInstanceOf(Cli.UsageException.class).hasMessageContaining("GITHUB_TOKEN");
        assertThatThrownBy(() -> verifyPr(null, Map.of("GITHUB_TOKEN", "t", "GITHUB_REPOSITORY", "not a repo")))
                .isInstanceOf(Cli.UsageException.class).hasMessageContaining("owner/name");
    }
}
