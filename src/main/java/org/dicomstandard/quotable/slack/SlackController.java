package org.dicomstandard.quotable.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.api.ThrottledWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Micronaut adapter for Bolt: checks the signature on Slack's exact raw bytes (and refuses a
 * replay) before anything parses them, hands body and headers to Bolt, and copies Bolt's response
 * back, Content-Length in bytes. A refusal is a 401 problem and at most one WARN line a minute.
 */
@Controller("/slack/events")
class SlackController {
    private static final Logger LOG = LoggerFactory.getLogger(SlackController.class);
    private final App app;
    private final SlackRequestParser parser;
    private final boolean socketMode;
    private final SignedRequests gate;
    private final ThrottledWarning refusals = new ThrottledWarning(LOG);

    SlackController(@Nullable App app, SlackConfiguration config) {
        this.app = app;
        this.parser = app == null ? null : new SlackRequestParser(app.config());
        this.socketMode = config.socketMode();
        this.gate = app == null ? null : new SignedRequests(config.signingSecret(), Clock.systemUTC());
    }

    @Hidden
    @Post
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> events(HttpRequest<?> request, @Body byte[] body) throws Exception {
        if (app == null || socketMode) {
            throw HttpProblem.channelOff(socketMode ? "Slack runs over Socket Mode here." : "Slack is off on this server: SLACK_SIGNING_SECRET is not set.");
        }
        String raw = new String(body, StandardCharsets.UTF_8);
        // The signature covers these exact bytes: check it before anything parses them.
        SignedRequests.Verdict verdict = gate.check(request.getHeaders().get("X-Slack-Request-Timestamp"),
                request.getHeaders().get("X-Slack-Signature"), raw);
        if (verdict != SignedRequests.Verdict.ACCEPTED) {
            refusals.warn("Slack: refused a request to /slack/events with " + verdict.reason);
            throw HttpProblem.unauthorized("The request is not signed by Slack.", "Slack-Signature");
        }
        Request<?> slackRequest;
        try {
            slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(request.getPath())
                    .queryString(query(request))
                    .headers(new RequestHeaders(headers(request)))
                    .requestBody(raw)
                    .remoteAddress(request.getRemoteAddress().getAddress().getHostAddress())
                    .build());
        } catch (RuntimeException e) {
            LOG.debug("Slack: a signed request could not be parsed ({})", e.getClass().getSimpleName());
            throw HttpProblem.badRequest("The request body is not a Slack payload this service understands.");
        }
        if (slackRequest == null) throw HttpProblem.badRequest("The request body is not a Slack payload this service understands.");
        Response response = app.run(slackRequest);
        return toMicronaut(response);
    }

    private static HttpResponse<byte[]> toMicronaut(Response response) {
        MutableHttpResponse<byte[]> out = HttpResponse.status(HttpStatus.valueOf(response.getStatusCode()));
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("content-type")) {
                    values.forEach(v -> out.header(name, v));
                }
            });
        }
        byte[] bytes = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        if (response.getStatusCode() >= 400) LOG.debug("Slack request answered {}", response.getStatusCode());
        out.contentType(response.getContentType() == null ? MediaType.TEXT_PLAIN : response.getContentType());
        return out.body(bytes).contentLength(bytes.length);
    }

    private static Map<String, List<String>> headers(HttpRequest<?> request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : request.getHeaders().names()) {
            headers.put(name.toLowerCase(java.util.Locale.ROOT), new ArrayList<>(request.getHeaders().getAll(name)));
        }
        return headers;
    }

    private static Map<String, List<String>> query(HttpRequest<?> request) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (String name : request.getParameters().names()) q.put(name, new ArrayList<>(request.getParameters().getAll(name)));
        return q;
    }
}
