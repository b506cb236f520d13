package org.dicomstandard.quotable.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.http.ProblemDetails;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.search.AnswerService;

import java.io.IOException;

/**
 * "Was this helpful?" from the FAQ page or any API client: recorded without who said it, for a
 * reply the public may see. Answers 202 at once; the event is written in the background.
 */
@Controller("/api/v1")
class FeedbackController {
    static final String CHANNEL = "api";
    private static final int MAX_ID = 200;
    private static final int MAX_QUESTION = 1000;
    private final AnswerService answers;
    private final JsonMapper json;

    FeedbackController(AnswerService answers, JsonMapper json) {
        this.answers = answers;
        this.json = json;
    }

    /** The body: a served reply's id, whether it helped, and optionally the question it answered. */
    @Serdeable
    record Feedback(String id, boolean helpful, @Nullable String q) {
    }

    /** The answer: always {@code {"recorded": true}}. */
    @Serdeable
    record Recorded(boolean recorded) {
    }

    @Operation(summary = "Say whether a public reply helped; anonymous, no question text is required")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feedback.class)))
    @ApiResponse(responseCode = "202", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Recorded.class)))
    @ApiResponse(responseCode = "400", description = "Not a JSON object with a string id, a boolean helpful and an optional string q",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetails.class)))
    @ApiResponse(responseCode = "404", description = "No public reply has this id",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetails.class)))
    @Post("/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Recorded> feedback(@Body byte[] body) {
        Feedback f = parse(body);
        if (answers.snippet(f.id(), Access.PUBLIC).isEmpty()) throw HttpProblem.notFound("No public reply has this id.");
        answers.events().feedback(f.id(), CHANNEL, f.helpful(), f.q());
        return HttpResponse.accepted().body(new Recorded(true));
    }

    /** Checked by hand, so every mistake gets a sentence that says which field is wrong. */
    private Feedback parse(byte[] body) {
        JsonNode n;
        try {
            n = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw HttpProblem.badRequest("The body is not JSON.");
        }
        if (n == null || !n.isObject()) throw HttpProblem.badRequest("The body must be a JSON object: {\"id\": \"...\", \"helpful\": true}.");
        JsonNode id = n.get("id");
        JsonNode helpful = n.get("helpful");
        JsonNode q = n.get("q");
        if (id == null || !id.isString() || id.getStringValue().isBlank() || id.getStringValue().length() > MAX_ID) {
            throw HttpProblem.badRequest("id must be the id of a reply (a string).");
        }
        if (helpful == null || !helpful.isBoolean()) throw HttpProblem.badRequest("helpful must be true or false.");
        if (q != null && !q.isNull() && (!q.isString() || q.getStringValue().length() > MAX_QUESTION)) {
            throw HttpProblem.badRequest("q, when given, must be the question as a string of at most " + MAX_QUESTION + " characters.");
        }
        return new Feedback(id.getStringValue(), helpful.getBooleanValue(), q == null || q.isNull() ? null : q.getStringValue());
    }
}
