package org.dicomstandard.quotable.teams.botframework;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Plays the Bot Connector: an RSA key of its own (published through {@link FakeBotFramework}), tokens
 * signed with it as the Connector signs them, and Activities as Teams sends them. Written from Microsoft's
 * documentation, apart from the service's check, so a mistake there cannot cancel itself out here.
 */
public final class BotSigner {
    public static final String APP_ID = "7f3c2d1e-5a4b-4c3d-9e8f-0123456789ab";
    private static final AtomicLong IDS = new AtomicLong(1_700_000_000_000L);
    private final RSAKey key;
    private final List<String> endorsements;

    private BotSigner(RSAKey key, List<String> endorsements) {
        this.key = key;
        this.endorsements = endorsements;
    }

    /** A new 2048-bit key with this key id, endorsed for these channels (none: no endorsements published). */
    public static BotSigner generate(String kid, String... endorsements) {
        try {
            return new BotSigner(new RSAKeyGenerator(2048).keyID(kid).generate(), List.of(endorsements));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as the Bot Framework's JWKS lists it. */
    public Map<String, Object> publicJwk() {
        Map<String, Object> jwk = new LinkedHashMap<>(key.toPublicJWK().toJSONObject());
        jwk.put("use", "sig");
        if (!endorsements.isEmpty()) jwk.put("endorsements", endorsements);
        return jwk;
    }

    /** The claims the Connector puts in a token for this bot, issued at {@code now}. */
    public static JWTClaimsSet.Builder claims(Instant now, String serviceUrl) {
        return new JWTClaimsSet.Builder().issuer("https://api.botframework.com").audience(APP_ID)
                .issueTime(Date.from(now.minusSeconds(60))).notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plusSeconds(3600))).claim("serviceUrl", serviceUrl);
    }

    /** {@code Authorization: Bearer …} with a token signed by this key, its claims changed by {@code tweak}. */
    public String authorization(Instant now, String serviceUrl, UnaryOperator<JWTClaimsSet.Builder> tweak) {
        return authorization(key.getKeyID(), tweak.apply(claims(now, serviceUrl)).build());
    }

    public String authorization(Instant now, String serviceUrl) {
        return authorization(now, serviceUrl, c -> c);
    }

    /** A token signed by this key but naming {@code kid} in its header (a forger borrowing a published key id). */
    public String authorization(String kid, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return "Bearer " + jwt.serialize();
    }

    /** A message someone wrote in a personal chat with the bot, or (channel) in a team channel with an @mention. */
    public static String message(String serviceUrl, String text, boolean channel) {
        Map<String, Object> a = base("message", serviceUrl, channel);
        a.put("text", text);
        a.put("textFormat", "plain");
        return JSONObjectUtils.toJSONString(a);
    }

    /** The message Teams sends when a card's Action.Submit button is pressed: the button's data as value. */
    public static String submit(String serviceUrl, Map<String, Object> data) {
        Map<String, Object> a = base("message", serviceUrl, false);
        a.put("replyToId", "1:card-message");
        a.put("value", data);
        return JSONObjectUtils.toJSONString(a);
    }

    /** An invoke Activity, e.g. {@code composeExtension/query}. */
    public static String invoke(String serviceUrl, String name, Map<String, Object> value) {
        Map<String, Object> a = base("invoke", serviceUrl, false);
        a.put("name", name);
        a.put("value", value);
        return JSONObjectUtils.toJSONString(a);
    }

    /** The value of a compose-box search for {@code text}. */
    public static Map<String, Object> query(String text) {
        return Map.of("commandId", "searchReplies", "parameters", List.of(Map.of("name", "searchQuery", "value", text)),
                "queryOptions", Map.of("skip", 0, "count", 25));
    }

    public static Map<String, Object> base(String type, String serviceUrl, boolean channel) {
        String id = Long.toString(IDS.incrementAndGet());
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", type);
        a.put("id", id);
        a.put("timestamp", "2026-11-25T10:00:00.000Z");
        a.put("serviceUrl", serviceUrl);
        a.put("channelId", "msteams");
        a.put("from", Map.of("id", "29:1a2b3c-secretariat", "name", "Secretariat", "aadObjectId", "4b1c7f0e-3d2a-4e5f-8a9b-0c1d2e3f4a5b"));
        a.put("conversation", channel
                ? Map.of("isGroup", true, "conversationType", "channel", "id", "19:d2c1b0a9e8f7@thread.tacv2;messageid=" + id)
                : Map.of("conversationType", "personal", "id", "a:1personal-chat-with-quotable"));
        a.put("recipient", Map.of("id", "28:" + APP_ID, "name", "Quotable"));
        a.put("locale", "en-US");
        a.put("channelData", Map.of("tenant", Map.of("id", "72f988bf-0000-4000-8000-000000000001")));
        return a;
    }
}
