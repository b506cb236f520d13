package org.dicomstandard.quotable.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.DueReviews;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.report.MissReport;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The cheap liveness probe and the reviewers' to-do list (due reviews); the writers' (unanswered questions) is in {@link ReportController}. */
@Controller("/api/v1")
class OpsController {
    private static final Views.Ping PONG = new Views.Ping("ok");
    private final AnswerService answers;
    private final Callers callers;
    private final Conditional conditional;

    OpsController(AnswerService answers, Callers callers, Conditional conditional) {
        this.answers = answers;
        this.callers = callers;
        this.conditional = conditional;
    }

    @Operation(summary = "A constant small answer: the liveness probe for load balancers")
    @Get(value = "/ping", produces = MediaType.APPLICATION_JSON)
    Views.Ping ping() {
        return PONG;
    }

    @Operation(summary = "Served replies whose review date has passed or falls within the period, by reviewer (token only)")
    @Get("/due")
    HttpResponse<Views.Due> due(HttpRequest<?> request, @Nullable @QueryValue String within) {
        callers.requireToken(request);
        int days = (int) MissReport.period(within).filter(d -> !d.isNegative())
                .orElseThrow(() -> HttpProblem.badRequest("within is a period such as 30d or P2W.")).toDays();
        LocalDate today = LocalDate.ofInstant(answers.clock().instant(), ZoneOffset.UTC);
        DueReviews due = DueReviews.of(answers.library().library(), today, days);
        List<Views.DueReviewer> reviewers = due.groups().stream().map(g -> new Views.DueReviewer(g.reviewer(), g.replies().stream()
                .map(r -> new Views.DueReply(r.id(), r.title(), r.topic(), r.audience(), r.language(), r.path(), r.reviewBy(), r.overdue()))
                .toList())).toList();
        return conditional.json(request, new Views.Due(due.today(), due.until(), due.replies(), due.overdue(), reviewers), Access.INTERNAL);
    }

    static Duration period(@Nullable String since) {
        return MissReport.period(since).orElseThrow(() -> HttpProblem.badRequest("since is a period such as 30d, 12h or P2W."));
    }
}
