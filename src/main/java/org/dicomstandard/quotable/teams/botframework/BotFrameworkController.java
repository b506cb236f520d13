package org.dicomstandard.quotable.teams.botframework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/**
 * {@code POST /api/messages}, the messaging endpoint registered for the bot. Runs on the blocking pool:
 * a token naming a new key makes the service read the Bot Framework's keys before it can answer.
 * Bodies over {@code micronaut.server.max-request-size} are refused with 413 before they are read.
 */
@Hidden
@Controller("/api/messages")
class BotFrameworkController {
    private final BotFramework bot;

    BotFrameworkController(BotFramework bot) {
        this.bot = bot;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> messages(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization, @Nullable @Body byte[] body) {
        Map<String, Object> answer = bot.handle(authorization, body == null ? new byte[0] : body);
        return answer == null ? HttpResponse.ok() : HttpResponse.ok(answer).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
