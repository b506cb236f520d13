package org.dicomstandard.quotable.answer;

import jakarta.inject.Singleton;
import org.dicomstandard.quotable.library.DueReviews;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.search.MissReport;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The writers' and reviewers' to-do lists as a channel shows them: the most asked unanswered questions, the replies due for review. */
@Singleton
public class Backlog {
    private final AnswerService answers;

    public Backlog(AnswerService answers) {
        this.answers = answers;
    }

    /** The questions asked most often over the last {@code period} that got no confident answer, grouped by wording. */
    public List<MissReport.Group> mostAsked(Duration period, int limit) throws IOException {
        return MissReport.group(answers.misses().since(answers.clock().instant().minus(period))).stream().limit(limit).toList();
    }

    /** Served replies whose review date has passed or falls within {@code days}. */
    public DueReviews due(int days) {
        return DueReviews.of(answers.library().library(), LocalDate.ofInstant(answers.clock().instant(), ZoneOffset.UTC), days);
    }
}
