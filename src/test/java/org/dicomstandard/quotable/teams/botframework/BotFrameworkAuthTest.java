package org.dicomstandard.quotable.teams.botframework;

import ch.qos.logback.classic.Level;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The protocol around the answers: every check of "Authentication with the Bot Connector API" refuses a
 * request that fails it, quietly; what is left of the Activity types is acknowledged and ignored; replies
 * go out with one cached token and never hold up the request, however slow or broken the Connector is.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BotFrameworkAuthTest extends BotFrameworkFixture {
    static final String QUESTION = "why doesn't DICOM include security?";

    @Test
    void every_forged_or_misaddressed_request_is_refused_with_401_and_at_most_one_warning() throws Exception {
        String url = MICROSOFT.serviceUrl();
        String activity = BotSigner.message(url, QUESTION, false);
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("no token", null);
        forged.put("another scheme", "Basic " + Base64.getEncoder().encodeToString("app:password".getBytes()));
        forged.put("not a JWT", "Bearer not-a-token");
        forged.put("unsigned (alg none)", "Bearer " + new PlainJWT(BotSigner.claims(NOW, url).build()).serialize());
        forged.put("wrong issuer", CONNECTOR.authorization(NOW, url, c -> c.issuer("https://sts.windows.net/someone-else/")));
        forged.put("wrong audience", CONNECTOR.authorization(NOW, url, c -> c.audience("another-bot")));
        forged.put("expired", CONNECTOR.authorization(NOW, url, c -> c.expirationTime(Date.from(NOW.minus(Duration.ofMinutes(6))))));
        forged.put("not valid yet", CONNECTOR.authorization(NOW, url, c -> c.notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(6))))));
        forged.put("unknown key", BotSigner.generate("rolled-over-key", "msteams").authorization(NOW, url));
        forged.put("a key not in the metadata, borrowing a listed key id",
                BotSigner.generate("bf-key-1", "msteams").authorization(NOW, url));
        forged.put("HS256 keyed with the public modulus", hs256(BotSigner.claims(NOW, url).build()));
        forged.put("serviceUrl mismatch", CONNECTOR.authorization(NOW, "https://attacker.example/teams/"));
        forged.put("no serviceUrl claim", CONNECTOR.authorization(NOW, url, c -> c.claim("serviceUrl", null)));
        try (CapturedLog warnings = new CapturedLog(BotFramework.class);
             CapturedLog everything = new CapturedLog("org.dicomstandard.quotable", Level.DEBUG)) {
            for (Map.Entry<String, String> f : forged.entrySet()) expectRefused(f.getKey(), post(activity, f.getValue()));
            Map<String, Object> otherChannel = BotSigner.base("message", url, false);
            otherChannel.put("channelId", "slack");
            otherChannel.put("text", QUESTION);
            expectRefused("a key not endorsed for the channel", post(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(otherChannel),
                    CONNECTOR.authorization(NOW, url)));

            assertThat(warnings.lines(Level.WARN)).singleElement().asString()
                    .startsWith("Teams: refused a request to /api/messages: no Bearer token");
            String log = everything.all();
            assertThat(log).doesNotContain(PASSWORD).doesNotContain(FakeBotFramework.ACCESS_TOKEN);
            for (String token : forged.values()) if (token != null) assertThat(log).doesNotContain(token.substring(7));
        }
        assertThat(MICROSOFT.replies.poll(300, TimeUnit.MILLISECONDS)).as("nothing is sent for a refused request").isNull();
    }

    private static void expectRefused(String what, Answer a) {
        assertThat(a.status()).as(what).isEqualTo(401);
        assertThat(a.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(a.header("WWW-Authenticate")).as(what).isEqualTo("Bearer");
        assertThat(a.response().body()).as(what).doesNotContain("AdaptiveCard").doesNotContain("DICOM");
    }

    private static String hs256(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("bf-key-1").build(), claims);
        jwt.sign(new MACSigner(Base64.getUrlDecoder().decode((String) CONNECTOR.publicJwk().get("n"))));
        return "Bearer " + jwt.serialize();
    }

    @Test
    void a_token_within_five_minutes_of_clock_skew_is_accepted() throws Exception {
        String url = MICROSOFT.serviceUrl();
        Answer a = post(BotSigner.message(url, QUESTION, false),
                CONNECTOR.authorization(NOW, url, c -> c.expirationTime(Date.from(NOW.minus(Duration.ofMinutes(4))))
                        .notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(4))))));
        assertThat(a.status()).isEqualTo(200);
        assertThat(MICROSOFT.awaitReply(5).body()).contains("AdaptiveCard");
    }

    @Test
    void replies_go_out_with_one_cached_client_credentials_token() throws Exception {
        int before = MICROSOFT.tokenRequests.get();
        for (int i = 0; i < 2; i++) assertThat(signed(BotSigner.message(MICROSOFT.serviceUrl(), QUESTION, false)).status()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThat(MICROSOFT.awaitReply(5).authorization()).isEqualTo("Bearer " + FakeBotFramework.ACCESS_TOKEN);
        }
        assertThat(MICROSOFT.tokenRequests.get() - before).as("token requests for two replies").isLessThanOrEqualTo(1);
        assertThat(MICROSOFT.lastTokenForm).containsEntry("grant_type", "client_credentials").containsEntry("client_id", BotSigner.APP_ID)
                .containsEntry("client_secret", PASSWORD).containsEntry("scope", "https://api.botframework.com/.default");
    }

    @Test
    void a_slow_connector_never_holds_up_the_request() throws Exception {
        MICROSOFT.connectorDelayMillis = 2000;
        long start = System.nanoTime();
        Answer a = signed(BotSigner.message(MICROSOFT.serviceUrl(), QUESTION, false));
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(a.status()).isEqualTo(200);
        assertThat(tookMillis).as("the request waits for no reply").isLessThan(1500);
        assertThat(MICROSOFT.awaitReply(10).atNanos() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(2000));
    }

    @Test
    void a_failing_connector_is_logged_once() throws Exception {
        MICROSOFT.connectorStatus = 500;
        try (CapturedLog log = new CapturedLog(Connector.class)) {
            for (int i = 0; i < 3; i++) assertThat(signed(BotSigner.message(MICROSOFT.serviceUrl(), QUESTION, false)).status()).isEqualTo(200);
            for (int i = 0; i < 3; i++) MICROSOFT.awaitReply(5);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (log.lines(Level.WARN).isEmpty() && System.nanoTime() < until) Thread.sleep(20);
            Thread.sleep(200);
            assertThat(log.lines(Level.WARN)).singleElement().asString().contains("HTTP 500").doesNotContain(FakeBotFramework.ACCESS_TOKEN);
        }
    }

    @Test
    void other_activity_types_are_acknowledged_and_ignored() throws Exception {
        String url = MICROSOFT.serviceUrl();
        for (String activity : List.of(json(BotSigner.base("conversationUpdate", url, true)), json(BotSigner.base("typing", url, false)),
                json(BotSigner.base("messageReaction", url, true)), json(BotSigner.base("somethingNew", url, false)),
                BotSigner.invoke(url, "adaptiveCard/action", Map.of("action", Map.of("type", "Action.Execute"))),
                BotSigner.invoke(url, "composeExtension/querySettingUrl", Map.of()))) {
            Answer a = signed(activity);
            assertThat(a.status()).as(activity).isEqualTo(200);
            assertThat(a.response().body()).as(activity).isEmpty();
        }
        Map<String, Object> noType = BotSigner.base("message", url, false);
        noType.remove("type");
        assertThat(signed(json(noType)).status()).isEqualTo(200);
        assertThat(MICROSOFT.replies.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(signed("this is not JSON").status()).isEqualTo(400);
    }

    private static String json(Map<String, Object> m) {
        return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(m);
    }
}
