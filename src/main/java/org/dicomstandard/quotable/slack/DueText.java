package org.dicomstandard.quotable.slack;

import org.dicomstandard.quotable.library.DueReviews;

import java.time.temporal.ChronoUnit;

/**
 * The due-for-review list in Slack mrkdwn, the same list as {@code due} and {@code GET /api/v1/due}:
 * in full for the weekly reminder, one line per reply for App Home too.
 */
final class DueText {
    private DueText() {
    }

    /** The weekly reminder: replies grouped by reviewer, titles and names escaped so none can mention a channel. */
    static String reminder(DueReviews due) {
        long days = ChronoUnit.DAYS.between(due.today(), due.until());
        if (due.isEmpty()) return "No replies are due for review in the next " + days + " days.";
        StringBuilder sb = new StringBuilder();
        sb.append("*Replies due for review by ").append(due.until()).append("*: ").append(due.replies())
                .append(due.replies() == 1 ? " reply" : " replies").append(", ").append(due.overdue()).append(" overdue.");
        for (DueReviews.Group g : due.groups()) {
            sb.append("\n\n*").append(SlackText.escape(g.reviewer())).append('*');
            for (DueReviews.Item i : g.replies()) sb.append("\n").append(line(i));
        }
        sb.append("\n\nRenew a reply by a pull request that updates its text if needed and sets a new `review_by`.");
        return sb.toString();
    }

    /** One reply of the list: id, title, date, and whether it is overdue. */
    static String line(DueReviews.Item i) {
        return "• `" + SlackText.escape(i.id()) + "` " + SlackText.escape(i.title()) + ": review by " + i.reviewBy()
                + (i.overdue() ? " (*overdue*)" : "");
    }
}
