package org.dicomstandard.quotable.approvals;

import io.micronaut.core.annotation.Nullable;
import org.dicomstandard.quotable.github.Review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a pull request's reviews say about each person, as GitHub itself counts them: the latest
 * approving, change-requesting or dismissed review of a person decides (comments do not change it),
 * an approval counts only on the head commit when that is known, and never the author's own.
 */
public final class ReviewVerdicts {
    private static final Set<String> DECISIVE = Set.of("APPROVED", "CHANGES_REQUESTED", "DISMISSED");

    /** One person's standing: approved on {@code day}, or not, and why. */
    public record Verdict(String login, @Nullable LocalDate day, String reason) {
        public boolean approved() {
            return day != null;
        }
    }

    private final Map<String, Verdict> byLogin = new LinkedHashMap<>();

    private ReviewVerdicts() {
    }

    /**
     * @param reviews every review of the pull request, in any order
     * @param head    the pull request's head commit; null accepts approvals of any commit
     * @param author  who opened the pull request; null when unknown
     */
    public static ReviewVerdicts of(List<Review> reviews, @Nullable String head, @Nullable String author) {
        ReviewVerdicts v = new ReviewVerdicts();
        Map<String, Review> latest = new LinkedHashMap<>();
        reviews.stream()
                .filter(r -> DECISIVE.contains(r.state()) && r.submittedAt() != null)
                .sorted(Comparator.comparing(Review::submittedAt)) // stable: equal instants keep GitHub's order
                .forEach(r -> latest.put(r.login(), r));
        latest.forEach((login, r) -> v.byLogin.put(login, verdict(r, head, author)));
        return v;
    }

    private static Verdict verdict(Review r, @Nullable String head, @Nullable String author) {
        LocalDate day = LocalDate.ofInstant(r.submittedAt(), ZoneOffset.UTC);
        if (r.login().equalsIgnoreCase(author == null ? "" : author)) {
            return new Verdict(r.login(), null, "opened the pull request, and an author's own approval does not count");
        }
        return switch (r.state()) {
            case "CHANGES_REQUESTED" -> new Verdict(r.login(), null, "requested changes on " + day + " (their latest review)");
            case "DISMISSED" -> new Verdict(r.login(), null, "had their review dismissed; they must approve again");
            default -> head != null && !head.isBlank() && !head.equals(r.commitId())
                    ? new Verdict(r.login(), null, "approved commit " + shortSha(r.commitId()) + ", not the head "
                    + shortSha(head) + ": the approval predates the last push, so they must approve again")
                    : new Verdict(r.login(), day, "approved on " + day);
        };
    }

    private static String shortSha(String sha) {
        return sha == null || sha.isEmpty() ? "(unknown)" : sha.substring(0, Math.min(7, sha.length()));
    }

    /** A person's standing; someone who never approved or asked for changes has not reviewed. */
    public Verdict of(String login) {
        return byLogin.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(login)).map(Map.Entry::getValue).findFirst()
                .orElse(new Verdict(login, null, "has not approved the pull request"));
    }

    /** The day a person's counting approval was given. */
    public Optional<LocalDate> approvedOn(String login) {
        return Optional.ofNullable(of(login).day());
    }

    /** Everyone whose approval counts, in the order they first reviewed. */
    public List<String> approvers() {
        return byLogin.values().stream().filter(Verdict::approved).map(Verdict::login).toList();
    }
}
