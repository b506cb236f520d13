package org.dicomstandard.quotable.bench;

import com.slack.api.app_backend.SlackSignature;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Server-side latency of the slash command: 1,000 signed {@code /wg14} requests with rotating
 * questions against the shipped library, one at a time over loopback (so the figure is the
 * service's time plus a loopback round trip). Run: {@code bench/slack.sh}.
 */
public final class SlackLatency {
    private static final String SECRET = "bench-signing-secret";
    private static final List<String> QUESTIONS = List.of("why doesn't dicom include security", "is dicom to blame for the leak",
            "checklist for pacs admins for pacs-admins", "ransomware on imaging systems", "what is the weather today",
            "NIST SP 1800-24", "Warum hat DICOM keine Sicherheit?", "who is responsible for securing scanners for vendors");

    private SlackLatency() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1",
                "quotable.library", args.length > 0 ? args[0] : ".", "quotable.data", Files.createTempDirectory("bench").toString(),
                "quotable.watch", "false", "slack.signing-secret", SECRET, "slack.api-url", "http://127.0.0.1:9/api/"))) {
            HttpClient http = HttpClient.newHttpClient();
            SlackSignature.Generator signer = new SlackSignature.Generator(SECRET);
            URI uri = URI.create(server.getURL() + "/slack/events");
            for (int i = 0; i < 300; i++) send(http, signer, uri, i); // warm-up
            int n = 1000;
            long[] nanos = new long[n];
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                int status = send(http, signer, uri, i);
                nanos[i] = System.nanoTime() - t;
                if (status != 200) throw new IllegalStateException("status " + status);
            }
            Arrays.sort(nanos);
            System.out.printf("slash command, %d signed requests, %d distinct questions: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    n, QUESTIONS.size(), nanos[n / 2] / 1e6, nanos[n * 99 / 100] / 1e6, nanos[n - 1] / 1e6);
        }
    }

    private static int send(HttpClient http, SlackSignature.Generator signer, URI uri, int i) throws Exception {
        String body = "command=%2Fwg14&user_id=U1&channel_id=C1&team_id=T1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Frespond&text="
                + URLEncoder.encode(QUESTIONS.get(i % QUESTIONS.size()), StandardCharsets.UTF_8);
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signer.generate(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
