package org.dicomstandard.quotable.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.http.ProblemDetails;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.render.ReplyFormats;
import org.dicomstandard.quotable.search.AnswerService;

import java.util.List;

/** The replies themselves (path /snippets, kept for callers): a filtered list, and one reply as JSON, plain text or Markdown. */
@Controller("/api/v1/snippets")
class ReplyController {
    static final MediaType MARKDOWN = MediaType.of("text/markdown;charset=utf-8");
    private final AnswerService answers;
    private final Callers callers;
    private final Conditional conditional;
    private final ReplyViews views;

    ReplyController(AnswerService answers, Callers callers, Conditional conditional, ReplyViews views) {
        this.answers = answers;
        this.callers = callers;
        this.conditional = conditional;
        this.views = views;
    }

    @Operation(summary = "The approved replies the caller may see, optionally for one audience, topic or language")
    @Get
    HttpResponse<Views.Replies> list(HttpRequest<?> request, @Nullable @QueryValue String audience, @Nullable @QueryValue String topic,
                                     @Nullable @QueryValue String lang) {
        Access access = callers.of(request);
        Matrix matrix = answers.matrix();
        String a = Params.audience(audience, matrix);
        String t = Params.topic(topic, matrix);
        String l = Params.language(lang);
        return conditional.json(request, new Views.Replies(views.replies(access, a, t, l)), access);
    }

    @Operation(summary = "One reply: JSON by default, or text/plain or text/markdown by Accept")
    @ApiResponse(responseCode = "200", description = "The reply", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.Reply.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string")),
            @Content(mediaType = "text/markdown", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "404", description = "No approved reply with this id is available to the caller",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetails.class)))
    @Get("/{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, "text/markdown"})
    HttpResponse<?> one(HttpRequest<?> request, @PathVariable String id) {
        Access access = callers.of(request);
        Snippet s = answers.snippet(id, access)
                .orElseThrow(() -> HttpProblem.notFound("No approved reply with this id is available."));
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT, String.class).orElse("");
        if (prefers(accept, "text/markdown")) {
            return conditional.text(request, ReplyFormats.markdown(s), MARKDOWN, access);
        }
        if (prefers(accept, MediaType.TEXT_PLAIN)) {
            return conditional.text(request, ReplyFormats.plainText(s), MediaType.TEXT_PLAIN_TYPE, access);
        }
        return conditional.json(request, views.reply(s, access), access);
    }

    /** The type comes before any JSON type in the Accept header (quality values are not weighed). */
    private static boolean prefers(String accept, String type) {
        int at = accept.indexOf(type);
        if (at < 0) return false;
        int json = accept.indexOf("json");
        return json < 0 || at < json;
    }
}
