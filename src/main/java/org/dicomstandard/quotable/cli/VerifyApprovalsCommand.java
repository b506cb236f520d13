package org.dicomstandard.quotable.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dicomstandard.quotable.approvals.ApprovalCheck;
import org.dicomstandard.quotable.approvals.ReviewVerdicts;
import org.dicomstandard.quotable.github.GitHubClient;
import org.dicomstandard.quotable.github.GitHubException;
import org.dicomstandard.quotable.github.PullRequest;
import org.dicomstandard.quotable.github.Review;
import org.dicomstandard.quotable.library.Durations;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Problem;
import org.dicomstandard.quotable.library.Validation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code verify-approvals [ROOT] --changed FILES (--reviews FILE | --pr N) [--head SHA] [--author LOGIN]}:
 * fails when a changed approved reply names in {@code approved_by} anyone whose approval of the pull
 * request does not count, or dates {@code approved_on} before it. {@code --pr} reads the reviews, the
 * author and the head commit from GitHub with the workflow's {@code GITHUB_TOKEN} and
 * {@code GITHUB_REPOSITORY} ({@code QUOTABLE_GITHUB_API} names another API, for tests).
 * Exit 0 ok, 1 a check failed (or GitHub failed: run it again), 2 bad usage or input.
 */
final class VerifyApprovalsCommand implements Cli.Command {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> env;

    VerifyApprovalsCommand(Map<String, String> env) {
        this.env = env;
    }

    private record Reviews(List<Review> reviews, String head, String author) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        Arguments a = Arguments.parse(args, Set.of("changed", "reviews", "pr", "head", "author", "format"));
        if (a.positionals().size() > 1) throw new Cli.UsageException("at most one library root");
        String format = a.format();
        Path root = a.root();
        String changed = a.options().get("changed");
        if (changed == null) throw new Cli.UsageException("--changed is required: the files the pull request changes, comma-separated");
        if (a.options().containsKey("reviews") == a.options().containsKey("pr")) {
            throw new Cli.UsageException("give either --reviews FILE or --pr N");
        }
        Reviews reviews;
        try {
            reviews = a.options().containsKey("reviews") ? fromFile(Path.of(a.options().get("reviews"))) : fromGitHub(a.options().get("pr"));
        } catch (GitHubException e) {
            err.println("error: " + e.getMessage());
            return e.transientFailure() ? Cli.FAILED : Cli.USAGE;
        }
        String head = a.options().getOrDefault("head", reviews.head());
        String author = a.options().getOrDefault("author", reviews.author());
        ReviewVerdicts verdicts = ReviewVerdicts.of(reviews.reviews(), head, author);

        Validation v = new LibraryValidator().validate(root);
        List<String> paths = Arrays.stream(changed.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        List<Problem> problems = ApprovalCheck.changed(root, v.library(), paths, verdicts);
        for (Problem p : problems) {
            out.println(format.equals("github") ? p.toGithub() : p.toText());
        }
        List<String> ignored = verdicts.approvers().stream().filter(l -> !v.library().matrix().reviewers().contains(l)).toList();
        err.printf("%d changed files checked against %d reviews%s: %d problems; approvals that count: %s%s%n",
                paths.size(), reviews.reviews().size(), head == null ? " (any commit)" : " at " + head,
                problems.size(), verdicts.approvers().isEmpty() ? "none" : String.join(", ", verdicts.approvers()),
                ignored.isEmpty() ? "" : "; not reviewers in audiences.yaml: " + String.join(", ", ignored));
        return problems.isEmpty() ? Cli.OK : Cli.FAILED;
    }

    private static Reviews fromFile(Path file) throws Cli.UsageException {
        if (!Files.isRegularFile(file)) throw new Cli.UsageException("no reviews file " + file);
        try {
            return new Reviews(Review.listFrom(JSON.readTree(file.toFile())), null, null);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new Cli.UsageException(file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Cli.UsageException("cannot read " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(file + ": " + e.getMessage());
        }
    }

    private Reviews fromGitHub(String number) throws Cli.UsageException {
        int pr;
        try {
            pr = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            pr = 0;
        }
        if (pr <= 0) throw new Cli.UsageException("--pr takes a pull request number, not '" + number + "'");
        String token = env.get("GITHUB_TOKEN");
        String repo = env.get("GITHUB_REPOSITORY");
        if (token == null || token.isBlank() || repo == null || repo.isBlank()) {
            throw new Cli.UsageException("--pr needs GITHUB_TOKEN and GITHUB_REPOSITORY (a workflow sets them; pass the token as env)");
        }
        GitHubClient github;
        try {
            github = new GitHubClient(env.get("QUOTABLE_GITHUB_API"), repo, token,
                    Durations.setting("QUOTABLE_GITHUB_TIMEOUT", env.getOrDefault("QUOTABLE_GITHUB_TIMEOUT", "20s")));
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(e.getMessage());
        }
        PullRequest pull = github.pull(pr);
        return new Reviews(github.reviews(pr), pull.headSha(), pull.author());
    }

    @Override
    public String usage() {
        return "verify-approvals [ROOT] --changed FILES (--reviews FILE | --pr N) [--head SHA] [--author LOGIN] [--format text|github]"
                + "   approved_by against the pull request's reviews; exit 0 ok, 1 failed, 2 bad usage";
    }
}
