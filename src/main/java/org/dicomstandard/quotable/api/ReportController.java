package org.dicomstandard.quotable.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.dicomstandard.quotable.events.EventQueries;
import org.dicomstandard.quotable.events.Events;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.http.ProblemDetails;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.report.MissReport;
import org.dicomstandard.quotable.report.UsageReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The communications team's report and the writers' to-do list (unanswered questions), for token
 * holders, read from the event database (every replica's, when they share PostgreSQL). Reading is
 * blocking I/O, so it runs off the event loop.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {
    private static final Logger LOG = LoggerFactory.getLogger(ReportController.class);
    private final Events events;
    private final Callers callers;
    private final Conditional conditional;
    private final Clock clock;

    ReportController(Events events, Callers callers, Conditional conditional, Clock clock) {
        this.events = events;
        this.callers = callers;
        this.conditional = conditional;
        this.clock = clock;
    }

    @Operation(summary = "Questions no approved reply answered, grouped by similar wording, most asked first (token only)")
    @ApiResponse(responseCode = "200", description = "The groups, most asked first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.Misses.class)))
    @ApiResponse(responseCode = "400", description = "since is not a period such as 30d",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetails.class)))
    @ApiResponse(responseCode = "503", description = "The event database cannot be read right now",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetails.class)))
    @Get("/misses")
    HttpResponse<Views.Misses> misses(HttpRequest<?> request, @Nullable @QueryValue String since) {
        callers.requireToken(request);
        Instant from = clock.instant().minus(OpsController.period(since));
        events.flush(); // what was asked a moment ago counts
        try (EventQueries q = EventQueries.open(events.store())) {
            List<Views.MissGroup> body = MissReport.unanswered(q, from).stream().map(g -> new Views.MissGroup(g.question(),
                    Math.toIntExact(g.count()), g.lastAsked(), g.channels(), g.audiences(), g.examples())).toList();
            return conditional.json(request, new Views.Misses(from, body.stream().mapToInt(Views.MissGroup::count).sum(), body), Access.INTERNAL);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Operation(summary = "What was asked, which replies were used, which did not help, what went unanswered; per channel and week (token only)")
    @ApiResponse(responseCode = "200", description = "The report for the period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageReport.class)))
    @ApiResponse(responseCode = "400", description = "since is not a period such as 30d",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetails.class)))
    @ApiResponse(responseCode = "503", description = "The event database cannot be read right now",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetails.class)))
    @Get("/report")
    HttpResponse<UsageReport> report(HttpRequest<?> request, @Nullable @QueryValue String since) {
        callers.requireToken(request);
        Instant now = clock.instant();
        Instant from = now.minus(OpsController.period(since));
        events.flush();
        try {
            return conditional.json(request, UsageReport.read(events.store(), from, now), Access.INTERNAL);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** The cause goes to the log; the caller learns only that it is passing. */
    private static HttpProblem unavailable(SQLException e) {
        LOG.warn("Cannot read the event database: {}", e.getMessage());
        return new HttpProblem(HttpStatus.SERVICE_UNAVAILABLE, "The event database cannot be read right now; try again in a minute.");
    }
}
