package org.dicomstandard.quotable.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dicomstandard.quotable.teams.TeamsSigner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Latency of {@code POST /teams/messages} as Teams sees it: the service started on the shipped
 * library on a random port, then 1,000 signed requests one after another with rotating questions
 * (answers, audience picks, misses, help), timed from send to the last byte of the answer on
 * loopback. A second run makes every question distinct (by letter case, which search ignores) so
 * the answer cache never helps. Run: <pre>bench/teams.sh [LIBRARY_ROOT] [REQUESTS]</pre>
 */
public final class TeamsBenchmark {
    static final List<String> QUESTIONS = List.of(
            "why doesn't dicom include security", "is dicom to blame for the leaked patient images for journalists",
            "unprotected pacs servers on the internet", "someone says our archive is misconfigured for pacs-admins",
            "checklist for imaging administrators", "who is responsible for securing scanners for vendors",
            "why do modalities not use tls", "ransomware on medical imaging for end-users", "nsa manageable network plan",
            "nist sp 1800-24 pacs for cisos", "dicom in containers and the cloud", "how often is dicom updated",
            "mita security white papers", "Warum hat DICOM keine Sicherheit?", "what does the fax machine cost", "help");

    private TeamsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String library = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize().toString();
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        TeamsSigner teams = TeamsSigner.random();
        Path data = Files.createTempDirectory("quotable-bench-teams");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "quotable.library", library, "quotable.data", data.toString(), "quotable.watch", "false",
                "teams.webhook-secret", teams.secret(), "micronaut.server.port", "-1"))) {
            URI url = server.getURI().resolve("/teams/messages");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.printf("java %s, %d cores; %s; POST %s%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), library, url);
            run(client, url, teams, 500, false, null); // warm-up: JIT, connection, answer cache
            run(client, url, teams, requests, false, "rotating questions (answer cache warm)");
            run(client, url, teams, requests, true, "every question distinct (answer cache bypassed)");
        }
    }

    private static void run(HttpClient client, URI url, TeamsSigner teams, int n, boolean distinct, String label) throws Exception {
        long[] nanos = new long[n];
        int cards = 0;
        int texts = 0;
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String q = QUESTIONS.get(i % QUESTIONS.size());
            if (distinct) q = varyCase(q, i / QUESTIONS.size() + 1);
            byte[] body = TeamsSigner.activity("<at>Quotable</at> " + q).getBytes(StandardCharsets.UTF_8);
            // Signing is Teams' work, not the service's: done before the clock starts.
            HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", "application/json; charset=utf-8")
                    .header("Authorization", teams.authorization(body)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long t = System.nanoTime();
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - t;
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + " for '" + q + "': " + new String(r.body(), StandardCharsets.UTF_8));
            String answer = new String(r.body(), StandardCharsets.UTF_8);
            if (answer.contains("\"attachments\"")) cards++;
            else texts++;
            bytes += r.body().length;
        }
        if (label == null) return;
        Arrays.sort(nanos);
        System.out.printf("%,d signed requests, %s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %d cards, %d texts, mean answer %,d bytes%n",
                n, label, ms(nanos[n / 2]), ms(nanos[n * 90 / 100]), ms(nanos[n * 99 / 100]), ms(nanos[n - 1]), cards, texts, bytes / n);
    }

    /** The same question with a different pattern of capitals for each round: search lowercases, the cache key does not. */
    private static String varyCase(String q, int round) {
        StringBuilder out = new StringBuilder(q.length());
        int letter = 0;
        for (char c : q.toCharArray()) {
            if (Character.isLetter(c)) {
                boolean upper = ((round >> (letter++ % 20)) & 1) == 1;
                out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
