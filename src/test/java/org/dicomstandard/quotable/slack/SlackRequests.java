package org.dicomstandard.quotable.slack;

import com.slack.api.app_backend.SlackSignature;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Requests signed as Slack signs them (v0: HMAC-SHA256 of "v0:timestamp:body"). */
final class SlackRequests {
    private final String url;
    private final SlackSignature.Generator signer;
    private final HttpClient http = HttpClient.newHttpClient();

    SlackRequests(String serviceUrl, String signingSecret) {
        this.url = serviceUrl + "/slack/events";
        this.signer = new SlackSignature.Generator(signingSecret);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    HttpResponse<String> command(String text, String responseUrl) throws Exception {
        return post(form(Map.of("command", "/wg14", "text", text, "user_id", "U1", "user_name", "sec", "channel_id", "C1",
                "team_id", "T1", "response_url", responseUrl, "trigger_id", "t1", "token", "legacy")), "application/x-www-form-urlencoded");
    }

    HttpResponse<String> action(String json) throws Exception {
        return post(form(Map.of("payload", json)), "application/x-www-form-urlencoded");
    }

    HttpResponse<String> event(String json) throws Exception {
        return post(json, "application/json");
    }

    HttpResponse<String> post(String body, String contentType) throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        return send(body, contentType, timestamp, signer.generate(timestamp, body));
    }

    HttpResponse<String> send(String body, String contentType, String timestamp, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String blockAction(String actionId, String value, String responseUrl) {
        return "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\",\"username\":\"sec\"},\"team\":{\"id\":\"T1\"},"
                + "\"channel\":{\"id\":\"C1\",\"name\":\"press\"},\"api_app_id\":\"A1\",\"token\":\"legacy\",\"trigger_id\":\"t1\","
                + "\"response_url\":\"" + responseUrl + "\",\"container\":{\"type\":\"message\",\"message_ts\":\"1.0\",\"channel_id\":\"C1\",\"is_ephemeral\":true},"
                + "\"actions\":[{\"action_id\":\"" + actionId + "\",\"block_id\":\"b1\",\"type\":\"button\",\"action_ts\":\"1.1\","
                + "\"value\":" + new com.google.gson.Gson().toJson(value) + "}]}";
    }

    static String select(String actionId, String value, String responseUrl) {
        return "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"team\":{\"id\":\"T1\"},\"channel\":{\"id\":\"C1\"},"
                + "\"api_app_id\":\"A1\",\"token\":\"legacy\",\"trigger_id\":\"t1\",\"response_url\":\"" + responseUrl + "\","
                + "\"actions\":[{\"action_id\":\"" + actionId + "\",\"block_id\":\"b1\",\"type\":\"static_select\",\"action_ts\":\"1.1\","
                + "\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":\"" + value + "\"}}]}";
    }

    static String eventCallback(String eventJson) {
        return "{\"token\":\"legacy\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"Ev"
                + System.nanoTime() + "\",\"event_time\":1,\"event\":" + eventJson + "}";
    }
}
