package org.dicomstandard.quotable.sync;

import org.dicomstandard.quotable.library.DueReviews;
import org.dicomstandard.quotable.render.SlackText;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The weekly reminder's text and its schedule, as plain functions a test can call. */
public final class ReviewReminder {
    private ReviewReminder() {
    }

    /** The due list as one Slack message (mrkdwn), the same list as {@code due} and {@code GET /api/v1/due}. */
    public static String text(DueReviews due) {
        long days = ChronoUnit.DAYS.between(due.today(), due.until());
        if (due.isEmpty()) return "No replies are due for review in the next " + days + " days.";
        StringBuilder sb = new StringBuilder();
        sb.append("*Replies due for review by ").append(due.until()).append("*: ").append(due.replies())
                .append(due.replies() == 1 ? " reply" : " replies").append(", ").append(due.overdue()).append(" overdue.");
        for (DueReviews.Group g : due.groups()) {
            sb.append("\n\n*").append(SlackText.escape(g.reviewer())).append('*');
            for (DueReviews.Item i : g.replies()) {
                sb.append("\n• `").append(i.id()).append("` ").append(SlackText.escape(i.title())).append(": review by ").append(i.reviewBy())
                        .append(i.overdue() ? " (*overdue*)" : "");
            }
        }
        sb.append("\n\nRenew a reply by a pull request that updates its text if needed and sets a new `review_by`.");
        return sb.toString();
    }

    /** The first {@code day} at {@code time} in {@code zone} strictly after {@code now}. */
    public static Instant nextRun(Instant now, DayOfWeek day, LocalTime time, ZoneId zone) {
        ZonedDateTime here = now.atZone(zone);
        ZonedDateTime candidate = here.with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (!candidate.isAfter(here)) candidate = here.with(TemporalAdjusters.next(day)).with(time);
        return candidate.toInstant();
    }

}
