package org.dicomstandard.quotable.slack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the Slack Web API and for response_url, on a local port: it records every call
 * and answers as Slack would (or fails, when told to).
 */
final class FakeSlack implements AutoCloseable {
    record Call(String path, String body) {
    }

    private final HttpServer server;
    final List<Call> calls = new CopyOnWriteArrayList<>();
    volatile boolean failPostMessage;
    volatile boolean failResponseUrl;
    volatile boolean failPostEphemeral;

    FakeSlack() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(path, body));
            int status = 200;
            String answer;
            if (path.endsWith("/auth.test")) {
                answer = "{\"ok\":true,\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"team_id\":\"T1\",\"user\":\"quotable\"}";
            } else if (path.endsWith("/chat.postMessage")) {
                answer = failPostMessage ? "{\"ok\":false,\"error\":\"channel_not_found\"}" : "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"2.0\"}";
            } else if (path.endsWith("/chat.postEphemeral")) {
                answer = failPostEphemeral ? "{\"ok\":false,\"error\":\"not_in_channel\"}" : "{\"ok\":true,\"message_ts\":\"3.0\"}";
            } else if (path.endsWith("/views.open")) {
                answer = "{\"ok\":true,\"view\":{\"id\":\"V2\",\"type\":\"modal\"}}";
            } else if (path.endsWith("/views.publish")) {
                answer = "{\"ok\":true,\"view\":{\"id\":\"V1\",\"type\":\"home\"}}";
            } else if (path.startsWith("/respond/")) {
                status = failResponseUrl ? 500 : 200;
                answer = failResponseUrl ? "error" : "ok";
            } else {
                answer = "{\"ok\":false,\"error\":\"unknown_method\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.startsWith("{") ? "application/json" : "text/plain");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** The JSON a call carried: a response_url body, or a Web API method's form (JSON-valued fields parsed). */
    static com.fasterxml.jackson.databind.JsonNode payload(Call call) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String body = call.body();
        if (body.startsWith("{")) return json.readTree(body);
        java.util.Map<String, Object> form = new java.util.LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            String v = kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            form.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8), v.startsWith("[") || v.startsWith("{") ? json.readTree(v) : v);
        }
        return json.valueToTree(form);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Waits up to five seconds for a call to a path ending with {@code suffix}. */
    Call await(String prefixOrSuffix) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < until) {
            for (Call c : calls) {
                if (c.path().endsWith(prefixOrSuffix) || c.path().startsWith(prefixOrSuffix)) return c;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no call to " + prefixOrSuffix + "; calls: " + calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
