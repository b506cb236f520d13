package org.dicomstandard.quotable.teams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import org.dicomstandard.quotable.http.HttpProblem;

/**
 * {@code POST /teams/messages}, the outgoing webhook's callback URL. It reads the body as raw
 * bytes, since the signature covers exactly those; bodies over {@code micronaut.server.max-request-size}
 * are refused with 413 before they are read. Off (404, as every switched-off channel) without a secret; 401 for anything unsigned.
 */
@Hidden
@Controller("/teams")
class TeamsController {
    private final TeamsWebhook webhook;
    private final TeamsBot bot;

    TeamsController(TeamsWebhook webhook, TeamsBot bot) {
        this.webhook = webhook;
        this.bot = bot;
    }

    @Post(value = "/messages", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> messages(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization, @Nullable @Body byte[] body) {
        if (!webhook.on()) {
            throw HttpProblem.channelOff("Teams is off on this server: TEAMS_WEBHOOK_SECRET is not set.");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!webhook.signed(raw, authorization)) {
            throw HttpProblem.unauthorized("The request is not signed by the Teams outgoing webhook.", "HMAC");
        }
        return HttpResponse.ok(bot.answer(raw)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
