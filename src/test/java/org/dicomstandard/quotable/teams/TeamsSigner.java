package org.dicomstandard.quotable.teams;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signs a body as Teams does, following Microsoft's documentation and samples for outgoing
 * webhooks: {@code Authorization: HMAC base64(HMAC-SHA256(key = base64decode(security token), data = raw body bytes))}.
 * Written apart from the service's own check, so a mistake there cannot cancel itself out here.
 */
public final class TeamsSigner {
    private final byte[] key;
    private final String secret;

    private TeamsSigner(byte[] key) {
        this.key = key.clone();
        this.secret = Base64.getEncoder().encodeToString(key);
    }

    /** A security token like the one Teams shows: 32 random bytes, base64. */
    public static TeamsSigner random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new TeamsSigner(key);
    }

    /** The token, base64, as it goes into TEAMS_WEBHOOK_SECRET. */
    public String secret() {
        return secret;
    }

    /** The whole Authorization header value for this body. */
    public String authorization(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "HMAC " + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message activity as Teams posts it when someone writes {@code text} in a channel. */
    public static String activity(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{\"type\":\"message\",\"id\":\"1485983408511\",\"timestamp\":\"2026-11-25T10:00:00.000Z\","
                + "\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\",\"channelId\":\"msteams\","
                + "\"from\":{\"id\":\"29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ\",\"name\":\"Secretariat\"},"
                + "\"conversation\":{\"isGroup\":true,\"id\":\"19:253b1f341670408fb6fcb55aa7c7bbc0@thread.skype;messageid=1485983194839\"},"
                + "\"recipient\":null,\"textFormat\":\"plain\",\"attachmentLayout\":null,\"membersAdded\":[],\"membersRemoved\":[],"
                + "\"topicName\":null,\"locale\":\"en-US\",\"text\":\"" + escaped + "\",\"summary\":null,"
                + "\"attachments\":[{\"contentType\":\"text/html\",\"content\":\"<div>" + escaped.replace("<at>", "<span itemtype=\\\"http://schema.skype.com/Mention\\\" itemid=\\\"0\\\">").replace("</at>", "</span>") + "</div>\"}],"
                + "\"entities\":[{\"type\":\"clientInfo\",\"locale\":\"en-US\",\"country\":\"US\",\"platform\":\"Web\"}],"
                + "\"channelData\":{\"teamsChannelId\":\"19:253b1f341670408fb6fcb55aa7c7bbc0@thread.skype\","
                + "\"teamsTeamId\":\"19:712e5ad9ae8c4ba6a8b8dd09f79a3e61@thread.skype\",\"tenant\":{\"id\":\"72f988bf-86f1-41af-91ab-2d7cd011db47\"}},"
                + "\"replyToId\":null,\"value\":null,\"name\":null}";
    }
}
