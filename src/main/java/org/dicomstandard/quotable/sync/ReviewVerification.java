package org.dicomstandard.quotable.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dicomstandard.quotable.approvals.ApprovalCheck;
import org.dicomstandard.quotable.approvals.ReviewVerdicts;
import org.dicomstandard.quotable.github.GitHubClient;
import org.dicomstandard.quotable.github.GitHubException;
import org.dicomstandard.quotable.github.PullRequest;
import org.dicomstandard.quotable.github.Review;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.SnippetFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Confirms a served reply's {@code approved_by} from the reviews of the pull request that last changed
 * it, with the same rules as {@code verify-approvals}. A merged pull request's reviews are final, so
 * each is fetched once and kept on disk ({@code <data>/github/pull-<n>.json}); a failed fetch leaves
 * the reply unverified until the next sync tries again.
 */
final class ReviewVerification {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewVerification.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GitHubClient github;
    private final Path cache;

    ReviewVerification(GitHubClient github, Path dataDir) {
        this.github = github;
        this.cache = dataDir.resolve("github");
    }

    /** Reply id to verified, for every approved reply whose last change names a pull request. */
    Map<String, Boolean> verify(Library library, Map<String, Provenance.Entry> byId) {
        Map<String, Boolean> verified = new HashMap<>();
        Map<Integer, Optional<ReviewVerdicts>> byPull = new HashMap<>();
        for (SnippetFile file : library.files()) {
            Provenance.Entry entry = byId.get(file.snippet().id());
            if (!file.snippet().isApproved() || entry == null || entry.pullRequest() == null) continue;
            Optional<ReviewVerdicts> verdicts = byPull.computeIfAbsent(entry.pullRequest(), this::verdicts);
            verified.put(file.snippet().id(), verdicts.map(v -> ApprovalCheck.of(file, library.matrix(), v).isEmpty()).orElse(false));
        }
        return verified;
    }

    private Optional<ReviewVerdicts> verdicts(int number) {
        Path file = cache.resolve("pull-" + number + ".json");
        try {
            JsonNode pull = Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : fetch(number, file);
            return Optional.of(ReviewVerdicts.of(Review.listFrom(pull.path("reviews")), pull.path("head").asText(null), pull.path("author").asText(null)));
        } catch (GitHubException e) {
            LOG.warn("Cannot read the reviews of pull request #{} from GitHub; its replies stay unverified: {}", number, e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot use the cached reviews of pull request #{} ({}); they are fetched again next time", number, e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the next sync retries
            }
        }
        return Optional.empty();
    }

    /** Fetches a pull request's author, head and reviews, and caches them in GitHub's own shape. */
    private JsonNode fetch(int number, Path file) throws IOException {
        PullRequest pr = github.pull(number);
        List<Review> reviews = github.reviews(number);
        ObjectNode pull = JSON.createObjectNode().put("number", number).put("author", pr.author()).put("head", pr.headSha());
        ArrayNode array = pull.putArray("reviews");
        for (Review r : reviews) {
            ObjectNode o = array.addObject().put("state", r.state()).put("commit_id", r.commitId())
                    .put("submitted_at", r.submittedAt() == null ? null : r.submittedAt().toString());
            o.putObject("user").put("login", r.login());
        }
        Files.createDirectories(cache);
        Path tmp = Files.createTempFile(cache, "pull-" + number, ".tmp");
        Files.writeString(tmp, pull.toString());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Cached {} reviews of pull request #{}", reviews.size(), number);
        return pull;
    }
}
