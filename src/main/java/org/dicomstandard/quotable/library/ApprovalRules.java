package org.dicomstandard.quotable.library;

import java.util.List;

/** What "approved" means: named reviewers, a real approval date, and a review date after it. */
final class ApprovalRules implements SnippetCheck {
    /** A review date this close (or past) draws a warning, so the writers renew in time. */
    public static final int REVIEW_WARNING_DAYS = 30;

    @Override
    public void check(SnippetFile file, Context context, List<Problem> out) {
        Snippet s = file.snippet();
        String path = file.path();
        List<String> reviewers = context.matrix().reviewers();
        for (String approver : s.approvedBy()) {
            if (!reviewers.contains(approver)) {
                out.add(Problem.error(path, file.line("approved_by"), Rule.APPROVAL_REVIEWER,
                        "'" + approver + "' is not a reviewer in audiences.yaml; reviewers: " + String.join(", ", reviewers)));
            }
        }
        if (s.approvedOn() != null && s.approvedOn().isAfter(context.today())) {
            out.add(Problem.error(path, file.line("approved_on"), Rule.APPROVAL_DATE,
                    "approved_on " + s.approvedOn() + " is in the future (today is " + context.today() + ")"));
        }
        if (s.approvedOn() != null && s.reviewBy() != null && !s.reviewBy().isAfter(s.approvedOn())) {
            out.add(Problem.error(path, file.line("review_by"), Rule.REVIEW_ORDER,
                    "review_by " + s.reviewBy() + " must be after approved_on " + s.approvedOn()));
        }
        if (!s.isApproved()) {
            return;
        }
        if (s.approvedBy().isEmpty()) {
            out.add(Problem.error(path, file.line("approved_by"), Rule.APPROVAL_REQUIRED,
                    "an approved reply needs approved_by: the reviewers who approved it"));
        }
        if (s.approvedOn() == null) {
            out.add(Problem.error(path, file.line("approved_on"), Rule.APPROVAL_REQUIRED,
                    "an approved reply needs approved_on: the day it was approved (YYYY-MM-DD)"));
        }
        if (s.reviewBy() == null) {
            int interval = context.matrix().reviewIntervalDays() == null ? 365 : context.matrix().reviewIntervalDays();
            out.add(Problem.error(path, file.line("review_by"), Rule.APPROVAL_REQUIRED,
                    "an approved reply needs review_by: usually " + interval + " days after approved_on"));
        } else if (!s.reviewBy().isAfter(context.today().plusDays(REVIEW_WARNING_DAYS))) {
            String when = s.reviewBy().isBefore(context.today()) ? "passed on " : "falls on ";
            out.add(Problem.warning(path, file.line("review_by"), Rule.REVIEW_DUE,
                    "review_by " + when + s.reviewBy() + ": review the reply and set a new date"));
        }
    }
}
