package org.dicomstandard.quotable.teams.botframework;

import ch.qos.logback.classic.Level;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Replies go only where an authenticated request came from, with a token renewed shortly before it expires. */
class ConnectorTest {
    private final FakeBotFramework microsoft = new FakeBotFramework();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ConnectorToken token = new ConnectorToken(URI.create(microsoft.tokenUrl()), BotSigner.APP_ID, "pw", http, clock);

    @AfterEach
    void stop() {
        microsoft.close();
    }

    @Test
    void the_token_is_kept_until_five_minutes_before_it_expires() throws Exception {
        assertThat(token.get()).isEqualTo(FakeBotFramework.ACCESS_TOKEN);
        clock.advance(Duration.ofMinutes(54));
        token.get();
        assertThat(microsoft.tokenRequests).hasValue(1);
        clock.advance(Duration.ofMinutes(1)); // 55 minutes of a 3,599-second token: inside the last five
        token.get();
        assertThat(microsoft.tokenRequests).hasValue(2);
        token.forget();
        token.get();
        assertThat(microsoft.tokenRequests).hasValue(3);
    }

    @Test
    void a_reply_goes_only_to_a_service_url_that_came_with_an_authenticated_request() throws Exception {
        Connector connector = new Connector(token, http, Runnable::run, JsonMapper.createDefault(), new SimpleMeterRegistry().counter("f"));
        Activity to = new Activity("message", "1", null, microsoft.serviceUrl(), "msteams", new Activity.Account("29:u", "U"),
                new Activity.Account("28:b", "Quotable"), new Activity.Conversation("a:1"), "hi", null);
        try (CapturedLog log = new CapturedLog(Connector.class.getName(), Level.WARN)) {
            connector.reply(to, Map.of("type", "message", "text", "hello"));
            assertThat(microsoft.replies.poll(200, TimeUnit.MILLISECONDS)).isNull();
            assertThat(log.lines(Level.WARN)).singleElement().asString().contains("did not come with an authenticated request");
        }
        connector.trust(microsoft.serviceUrl());
        connector.reply(to, Map.of("type", "message", "text", "hello"));
        assertThat(microsoft.awaitReply(5).json()).containsEntry("text", "hello").containsEntry("replyToId", "1");
    }
}
