package org.dicomstandard.quotable.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.http.ProblemDetails;

/** {@code POST /hooks/github}: translates HTTP only; {@link GitHubWebhook} decides. */
@Controller("/hooks/github")
class GitHubWebhookController {
    private final GitHubWebhook webhook;

    GitHubWebhookController(GitHubWebhook webhook) {
        this.webhook = webhook;
    }

    @Operation(summary = "GitHub's push webhook (signed with GITHUB_WEBHOOK_SECRET): fetches and reloads the library in the background")
    @RequestBody(description = "GitHub's event payload, exactly as sent: the signature covers these bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "202", description = "Received: accepted (a sync follows in the background), ignored or duplicate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GitHubWebhook.Receipt.class)))
    @ApiResponse(responseCode = "401", description = "X-Hub-Signature-256 is missing or does not match",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetails.class)))
    @ApiResponse(responseCode = "404", description = "The webhook is off: no GITHUB_WEBHOOK_SECRET or no QUOTABLE_GIT_REMOTE",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetails.class)))
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<GitHubWebhook.Receipt> receive(@Nullable @Header("X-GitHub-Event") String event,
                                                @Nullable @Header("X-Hub-Signature-256") String signature,
                                                @Nullable @Header("X-GitHub-Delivery") String delivery,
                                                @Body byte[] body) {
        GitHubWebhook.Receipt receipt = webhook.receive(event, signature, delivery, body);
        return switch (receipt.kind()) {
            case OFF -> throw HttpProblem.channelOff(receipt.detail());
            case FORGED -> throw HttpProblem.unauthorized(receipt.detail(), "HMAC");
            default -> HttpResponse.accepted().body(receipt);
        };
    }
}
