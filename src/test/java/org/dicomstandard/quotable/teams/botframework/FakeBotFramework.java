package org.dicomstandard.quotable.teams.botframework;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Microsoft's side on a local port: the OpenID metadata and the keys it points to (the test's keys),
 * the client-credentials token endpoint, and the Connector's conversation API, which records every reply
 * (and is slow or failing when told to). The Connector's base is {@link #serviceUrl()}.
 */
public final class FakeBotFramework implements AutoCloseable {
    public static final String ACCESS_TOKEN = "connector-token-for-tests";

    /** A reply the bot sent: the raw path (conversation and activity id, percent-encoded), the Authorization header, the body. */
    public record Reply(String path, String authorization, String body, long atNanos) {
        public Map<String, Object> json() {
            try {
                return JSONObjectUtils.parse(body);
            } catch (java.text.ParseException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-framework");
        t.setDaemon(true);
        return t;
    });
    private volatile String keys = "{\"keys\":[]}";
    public final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    public final AtomicInteger metadataReads = new AtomicInteger();
    public final AtomicInteger tokenRequests = new AtomicInteger();
    public volatile Map<String, String> lastTokenForm = Map.of();
    public volatile int connectorStatus = 200;
    public volatile long connectorDelayMillis;

    public FakeBotFramework() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/v1/.well-known/openidconfiguration", x -> {
            metadataReads.incrementAndGet();
            answer(x, 200, "{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"" + base() + "/v1/.well-known/keys\","
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"]}");
        });
        server.createContext("/v1/.well-known/keys", x -> answer(x, 200, keys));
        server.createContext("/oauth2/v2.0/token", x -> {
            tokenRequests.incrementAndGet();
            lastTokenForm = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(x, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"" + ACCESS_TOKEN + "\"}");
        });
        server.createContext("/teams/v3/conversations/", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            sleep(connectorDelayMillis);
            replies.add(new Reply(x.getRequestURI().getRawPath(), x.getRequestHeaders().getFirst("Authorization"), body, System.nanoTime()));
            answer(x, connectorStatus, "{\"id\":\"1:reply\"}");
        });
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String metadataUrl() {
        return base() + "/v1/.well-known/openidconfiguration";
    }

    public String tokenUrl() {
        return base() + "/oauth2/v2.0/token";
    }

    /** The Connector's address as Teams would put it in Activities and tokens. */
    public String serviceUrl() {
        return base() + "/teams/";
    }

    /** Publishes these keys (public halves, each with its endorsements) as the JWKS. */
    public void publish(List<Map<String, Object>> jwks) {
        keys = JSONObjectUtils.toJSONString(Map.of("keys", jwks));
    }

    /** The next reply, waiting up to {@code seconds}. */
    public Reply awaitReply(int seconds) throws InterruptedException {
        Reply r = replies.poll(seconds, TimeUnit.SECONDS);
        if (r == null) throw new AssertionError("no reply reached the Connector within " + seconds + " s");
        return r;
    }

    private static void answer(HttpExchange x, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return out;
    }

    private static void sleep(long millis) {
        try {
            if (millis > 0) Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
