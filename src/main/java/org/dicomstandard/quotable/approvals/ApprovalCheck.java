package org.dicomstandard.quotable.approvals;

import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Problem;
import org.dicomstandard.quotable.library.Rule;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.SnippetFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Holds an approved reply's {@code approved_by} and {@code approved_on} to the pull request's reviews:
 * each name a listed reviewer whose approval counts (see {@link ReviewVerdicts}), and the date no
 * earlier than that approval. Used by {@code verify-approvals} on a pull request and by git sync after
 * the merge, so both say "approved" for the same reasons.
 */
public final class ApprovalCheck {
    private ApprovalCheck() {
    }

    /**
     * Problems with the changed replies of a pull request. Drafts and retired replies need no approval;
     * a deleted file needs none; a changed reply that does not load is an error, since its approval
     * cannot be checked.
     */
    public static List<Problem> changed(Path root, Library library, Collection<String> changedPaths, ReviewVerdicts verdicts) {
        List<Problem> problems = new ArrayList<>();
        for (String raw : changedPaths) {
            String path = raw.strip().replace('\\', '/').replaceFirst("^\\./", "");
            if (!path.startsWith("snippets/") || !path.endsWith(".yaml")) continue;
            Optional<SnippetFile> file = library.files().stream().filter(f -> f.path().equals(path)).findFirst();
            if (file.isPresent()) {
                problems.addAll(of(file.get(), library.matrix(), verdicts));
            } else if (Files.exists(root.resolve(path))) {
                problems.add(Problem.error(path, 1, Rule.APPROVAL_REVIEWED,
                        "the reply does not load, so its approval cannot be checked: run validate and fix it first"));
            }
        }
        return problems.stream().sorted().toList();
    }

    /** Problems with one reply's approval; none for a reply that is not approved. */
    public static List<Problem> of(SnippetFile file, Matrix matrix, ReviewVerdicts verdicts) {
        Snippet s = file.snippet();
        List<Problem> problems = new ArrayList<>();
        if (!s.isApproved()) return problems;
        String path = file.path();
        for (String name : s.approvedBy()) {
            ReviewVerdicts.Verdict v = verdicts.of(name);
            if (!matrix.reviewers().contains(name)) {
                problems.add(Problem.error(path, file.line("approved_by"), Rule.APPROVAL_REVIEWER, "'" + name
                        + "' is not a reviewer in audiences.yaml, so their approval cannot count; reviewers: " + String.join(", ", matrix.reviewers())));
            } else if (!v.approved()) {
                problems.add(Problem.error(path, file.line("approved_by"), Rule.APPROVAL_REVIEWED,
                        "approved_by names " + name + ", who " + v.reason()));
            } else if (s.approvedOn() != null && s.approvedOn().isBefore(v.day())) {
                LocalDate day = v.day();
                problems.add(Problem.error(path, file.line("approved_on"), Rule.APPROVAL_REVIEW_DATE, "approved_on " + s.approvedOn()
                        + " is before " + name + " approved the pull request on " + day + " (UTC): set approved_on to " + day + " or later"));
            }
        }
        return problems;
    }
}
