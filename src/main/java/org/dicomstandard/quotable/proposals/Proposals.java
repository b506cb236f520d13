package org.dicomstandard.quotable.proposals;

import org.dicomstandard.quotable.github.GitHubClient;
import org.dicomstandard.quotable.github.GitHubException;
import org.dicomstandard.quotable.github.PullRequest;
import org.dicomstandard.quotable.library.DraftReply;
import org.dicomstandard.quotable.library.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a {@link Proposal} into a pull request: the draft is checked with the library's own rules on a
 * temporary copy first, and only a draft that validates is sent. Then a new branch from the default
 * branch, one commit with {@code snippets/<topic>/<audience>[.<lang>].yaml} (replacing the file when
 * it exists: an edit pull request), and the pull request. Channel-neutral: Slack calls it, a test can.
 */
public final class Proposals {
    private static final Logger LOG = LoggerFactory.getLogger(Proposals.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final GitHubClient github;
    private final Supplier<Path> library;
    private final Clock clock;

    /** @param library the library root the draft is checked against (the served one) */
    public Proposals(GitHubClient github, Supplier<Path> library, Clock clock) {
        this.github = github;
        this.library = library;
        this.clock = clock;
    }

    /** The opened pull request, and whether it edits an existing reply. */
    public record Opened(String url, int number, String path, boolean edit) {
    }

    public Opened propose(Proposal proposal) throws ProposalException {
        DraftReply draft = proposal.draft();
        if (blank(draft.topic()) || blank(draft.audience())) {
            throw new ProposalException("a proposal needs a topic and an audience", List.of());
        }
        List<String> errors = draft.check(library.get()).stream().filter(Problem::isError)
                .map(p -> p.rule().id() + ": " + p.message()).toList();
        if (!errors.isEmpty()) {
            throw new ProposalException("the draft does not validate, so nothing was sent", errors);
        }
        String path = draft.path().expectedPath();
        String id = draft.path().expectedId();
        try {
            String base = github.defaultBranch();
            String branch = "reply/" + id + "-" + STAMP.format(clock.instant());
            github.createBranch(branch, github.branchHead(base));
            Optional<String> existing = github.fileSha(path, base);
            String verb = existing.isPresent() ? "Edit" : "Propose";
            github.putFile(path, branch, verb + " reply " + id + " (draft)", draft.yaml().getBytes(StandardCharsets.UTF_8), existing.orElse(null));
            PullRequest pr = github.openPull(verb + " reply " + id + ": " + draft.title(), branch, base, description(proposal, existing.isPresent()));
            LOG.info("Opened pull request #{} for reply {} ({})", pr.number(), id, existing.isPresent() ? "edit" : "new");
            return new Opened(pr.url(), pr.number(), path, existing.isPresent());
        } catch (GitHubException e) {
            LOG.warn("Could not open a pull request for reply {}: {}", id, e.getMessage());
            throw new ProposalException("GitHub did not take the proposal: " + e.getMessage(), List.of());
        }
    }

    private static String description(Proposal p, boolean edit) {
        return (edit ? "An edit of an existing reply" : "A new reply") + ", proposed from chat by " + (blank(p.proposer()) ? "a writer" : p.proposer())
                + " after the question:\n\n> " + String.valueOf(p.question()).replace("\n", " ") + "\n\n"
                + "It is a draft (`status: draft`) and is served nowhere. To approve it, set `status: approved`, `approved_by`,"
                + " `approved_on` and `review_by`, and have the named reviewers approve this pull request"
                + (edit ? ". Merging it as it stands takes the reply out of service until it is approved again." : ".");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
