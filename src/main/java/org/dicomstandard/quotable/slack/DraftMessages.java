package org.dicomstandard.quotable.slack;

import org.dicomstandard.quotable.proposals.Proposal;
import org.dicomstandard.quotable.proposals.Proposals;

import java.util.List;

/**
 * What a writer is told after submitting the draft form: the pull request and what happens next, or
 * why nothing was sent, with the draft itself so no writing is lost. All text from the writer or from
 * GitHub is escaped.
 */
final class DraftMessages {
    static final int MAX_PROBLEMS = 15;

    private DraftMessages() {
    }

    static String opened(Proposals.Opened o) {
        String pr = SlackText.link(o.url(), "pull request #" + o.number());
        if (o.edit()) {
            return ":pencil2: A reply exists already at `" + SlackText.escape(o.path()) + "`, so this is an edit: " + pr
                    + " replaces its text with your draft. Merged as it stands it takes that reply out of service until it is approved"
                    + " again, so reviewers approve it (or close it) on GitHub.";
        }
        return ":white_check_mark: " + pr + " proposes your reply as `" + SlackText.escape(o.path()) + "`, a draft that is served nowhere."
                + " Next: in the pull request set `status: approved`, `approved_by`, `approved_on` and `review_by`; the named reviewers approve"
                + " it on GitHub, the *snippet review* check turns green, and once merged the bots serve it.";
    }

    /** The validator's problems, one a line, and the draft to fix. */
    static String invalid(List<String> problems, Proposal proposal, String command) {
        StringBuilder out = new StringBuilder(":x: Your draft was not sent: nothing was committed and no pull request was opened."
                + " The library's rules say:");
        problems.stream().limit(MAX_PROBLEMS).forEach(p -> out.append("\n• ").append(SlackText.escape(p)));
        if (problems.size() > MAX_PROBLEMS) out.append("\n• … and ").append(problems.size() - MAX_PROBLEMS).append(" more");
        return out.append("\nFix them and send it again with `").append(command).append(" draft`.").append(kept(proposal)).toString();
    }

    /** GitHub (or the service) failed: the reason, which names no token, and the draft. */
    static String notSent(String reason, Proposal proposal, String command) {
        return ":x: No pull request was opened: " + SlackText.escape(reason) + ". Try again later with `" + command + " draft`."
                + kept(proposal);
    }

    private static String kept(Proposal proposal) {
        String yaml;
        try {
            yaml = proposal.draft().yaml();
        } catch (RuntimeException e) {
            return "";
        }
        return "\nYour draft, so nothing is lost:\n```" + SlackText.escape(yaml.replace("```", "'''")) + "```";
    }
}
