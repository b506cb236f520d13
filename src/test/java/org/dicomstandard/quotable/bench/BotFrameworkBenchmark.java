package org.dicomstandard.quotable.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dicomstandard.quotable.teams.botframework.BotSigner;
import org.dicomstandard.quotable.teams.botframework.FakeBotFramework;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Latency of {@code POST /api/messages} (Teams over the Bot Framework) as Teams sees it: the service on
 * the shipped library, registered as a bot whose Microsoft side (OpenID metadata, keys, token endpoint,
 * Connector) is {@link FakeBotFramework} on loopback. 1,000 signed message Activities one after another
 * with rotating questions, timed to the acknowledgement and to the reply's arrival at the Connector; then
 * 1,000 compose-box searches, answered in the response. Every request's token is checked in full (RS256
 * signature, claims, serviceUrl); like the real Connector, the benchmark reuses one token for the run.
 * Run: <pre>bench/teams.sh [LIBRARY_ROOT] [REQUESTS]</pre>
 */
public final class BotFrameworkBenchmark {
    private static final List<String> SEARCHES = List.of("", "dicom security", "leaked images for journalists", "tls", "ransomware",
            "pacs on the internet", "who is responsible", "nist", "cloud", "white papers", "Warum hat DICOM keine Sicherheit");

    private BotFrameworkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String library = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize().toString();
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        BotSigner connector = BotSigner.generate("bench-key", "msteams");
        Path data = Files.createTempDirectory("quotable-bench-bot");
        try (FakeBotFramework microsoft = new FakeBotFramework();
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                     "quotable.library", library, "quotable.data", data.toString(), "quotable.watch", "false",
                     "teams.app-id", BotSigner.APP_ID, "teams.app-password", "bench-password",
                     "teams.openid-metadata", microsoft.metadataUrl(), "teams.token-url", microsoft.tokenUrl(),
                     "micronaut.server.port", "-1"))) {
            microsoft.publish(List.of(connector.publicJwk()));
            URI url = server.getURI().resolve("/api/messages");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String authorization = connector.authorization(Instant.now(), microsoft.serviceUrl());
            System.out.printf("java %s, %d cores; %s; POST %s%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), library, url);
            messages(client, url, authorization, microsoft, 300, false); // warm-up: JIT, keys, token, answer cache
            messages(client, url, authorization, microsoft, requests, true);
            searches(client, url, authorization, microsoft, 300, false);
            searches(client, url, authorization, microsoft, requests, true);
        }
    }

    private static void messages(HttpClient client, URI url, String authorization, FakeBotFramework microsoft, int n, boolean print) throws Exception {
        long[] ack = new long[n];
        long[] delivered = new long[n];
        int cards = 0;
        for (int i = 0; i < n; i++) {
            String q = TeamsBenchmark.QUESTIONS.get(i % TeamsBenchmark.QUESTIONS.size());
            HttpRequest request = request(url, authorization, BotSigner.message(microsoft.serviceUrl(), "<at>Quotable</at> " + q, i % 2 == 0));
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            ack[i] = System.nanoTime() - t;
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            FakeBotFramework.Reply reply = microsoft.replies.poll(10, TimeUnit.SECONDS);
            if (reply == null) throw new IllegalStateException("no reply reached the Connector for '" + q + "'");
            delivered[i] = reply.atNanos() - t;
            if (reply.body().contains("\"attachments\"")) cards++;
        }
        if (print) {
            System.out.printf("%,d signed message Activities: acknowledged p50 %s; reply at the Connector p50 %s; %d cards, %d texts%n",
                    n, stats(ack), stats(delivered), cards, n - cards);
        }
    }

    private static void searches(HttpClient client, URI url, String authorization, FakeBotFramework microsoft, int n, boolean print) throws Exception {
        long[] nanos = new long[n];
        long results = 0;
        for (int i = 0; i < n; i++) {
            String q = SEARCHES.get(i % SEARCHES.size());
            HttpRequest request = request(url, authorization, BotSigner.invoke(microsoft.serviceUrl(), "composeExtension/query", BotSigner.query(q)));
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t;
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            results += r.body().split("\"preview\":", -1).length - 1;
        }
        if (print) System.out.printf("%,d signed compose-box searches: p50 %s; %.1f results on average%n", n, stats(nanos), (double) results / n);
    }

    private static HttpRequest request(URI url, String authorization, String activity) {
        return HttpRequest.newBuilder(url).header("Content-Type", "application/json; charset=utf-8").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(activity, StandardCharsets.UTF_8)).build();
    }

    /** "x ms, p90 …, p99 …, max …" of the sorted copy. */
    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int n = s.length;
        return String.format("%.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", s[n / 2] / 1e6, s[n * 90 / 100] / 1e6, s[n * 99 / 100] / 1e6, s[n - 1] / 1e6);
    }
}
