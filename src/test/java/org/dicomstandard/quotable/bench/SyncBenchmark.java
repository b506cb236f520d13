package org.dicomstandard.quotable.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dicomstandard.quotable.GitRemote;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Validation;
import org.dicomstandard.quotable.search.LiveLibrary;
import org.dicomstandard.quotable.sync.GitSync;
import org.eclipse.jgit.revwalk.RevCommit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Time from GitHub's push webhook to the new reply being served, and the reload time of the
 * shipped library. The service runs on a clone of a bare repository holding the shipped library;
 * each round commits a new reply to an empty matrix cell, pushes it, posts the signed webhook and
 * polls search until the reply is found. Run: <pre>bench/sync.sh</pre>
 */
public final class SyncBenchmark {
    private static final String SECRET = "bench-secret";
    private static final int ROUNDS = 10;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shipped = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Validation v = new LibraryValidator().validate(shipped);
        if (!v.ok()) throw new IllegalStateException("the shipped library does not validate: " + v.errors());
        System.out.printf("java %s, %d cores, shipped library: %d replies%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), v.library().files().size());
        reloadTimes(shipped);
        webhookToServed(shipped, v);
    }

    /** The first load and the median of ten reloads of the shipped library (validate, then index). */
    private static void reloadTimes(Path shipped) {
        try (LiveLibrary live = new LiveLibrary(shipped, ServingRules.DEFAULT, Clock.systemUTC())) {
            long first = live.status().millis();
            long[] reloads = new long[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) reloads[i] = live.reload("bench").millis();
            System.out.printf("Reload of the shipped library: first load %d ms; reloads %s ms, median %d ms%n",
                    first, Arrays.toString(reloads), median(reloads));
        }
    }

    private static void webhookToServed(Path shipped, Validation v) throws Exception {
        Path tmp = Files.createTempDirectory("quotable-sync-bench");
        try (GitRemote remote = GitRemote.seededFrom(tmp.resolve("origin"), shipped);
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                     "micronaut.server.port", "-1", "quotable.library", tmp.resolve("clone").toString(),
                     "quotable.data", tmp.resolve("data").toString(), "quotable.git.remote", remote.url(),
                     "quotable.git.fetch-interval", "1h", "quotable.git.webhook-secret", SECRET))) {
            GitSync sync = server.getApplicationContext().getBean(GitSync.class);
            sync.awaitIdle(Duration.ofSeconds(60));
            String template = Files.readString(shipped.resolve("snippets/why-dicom-security/journalists.yaml"), StandardCharsets.UTF_8);
            List<String[]> cells = freeCells(v);
            long[] millis = new long[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                String[] cell = cells.get(i * 7 % cells.size());
                String word = "zorblat" + (char) ('a' + i) + "quux";
                RevCommit c = remote.mergePullRequest(100 + i, "bench-" + i, GitRemote.files(
                        "snippets/" + cell[0] + "/" + cell[1] + ".yaml", reply(template, cell[0], cell[1], word)));
                String id = cell[0] + "--" + cell[1];
                long start = System.nanoTime();
                int status = webhook(server, GitRemote.pushPayload("main", c.name()));
                if (status != 202) throw new IllegalStateException("webhook answered " + status);
                long deadline = start + Duration.ofSeconds(30).toNanos();
                while (!found(server, word, cell[1], id)) {
                    if (System.nanoTime() > deadline) throw new IllegalStateException("not served after 30 s: " + id);
                    Thread.sleep(2);
                }
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            System.out.printf("Webhook to served (push merged, signed webhook posted, search polled every 2 ms): %s ms, median %d ms%n",
                    Arrays.toString(millis), median(millis));
            System.out.println("  last reload: " + server.getApplicationContext().getBean(LiveLibrary.class).status());
        }
    }

    /** Cells of the matrix (topic, audience) without an English reply. */
    private static List<String[]> freeCells(Validation v) {
        Matrix m = v.library().matrix();
        Set<String> taken = v.library().snippets().stream().filter(s -> "en".equals(s.language()))
                .map(s -> s.topic() + "/" + s.audience()).collect(Collectors.toSet());
        List<String[]> free = new ArrayList<>();
        for (String topic : m.topics().keySet()) {
            for (String audience : m.audiences().keySet()) {
                if (!taken.contains(topic + "/" + audience)) free.add(new String[]{topic, audience});
            }
        }
        return free;
    }

    private static String reply(String template, String topic, String audience, String word) {
        return template.replaceFirst("(?m)^id: .*$", "id: " + topic + "--" + audience)
                .replaceFirst("(?m)^topic: .*$", "topic: " + topic)
                .replaceFirst("(?m)^audience: .*$", "audience: " + audience)
                .replaceFirst("(?m)^visibility: .*$", "visibility: public")
                .replaceFirst("(?m)^title: .*$", "title: What is the " + word + " policy?");
    }

    private static int webhook(EmbeddedServer server, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/hooks/github"))
                .header("Content-Type", "application/json").header("X-GitHub-Event", "push")
                .header("X-GitHub-Delivery", UUID.randomUUID().toString()).header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean found(EmbeddedServer server, String word, String audience, String id) throws Exception {
        URI uri = server.getURI().resolve("/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8) + "&audience=" + audience);
        String body = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        return body.contains("\"id\":\"" + id + "\"");
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

}
