package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.ServingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LiveLibraryTest {
    private static final String REPLY = "snippets/why-dicom-security/journalists.yaml";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path root;

    private LiveLibrary live() {
        Fixtures.layer(root, "library/valid");
        return new LiveLibrary(root, ServingRules.DEFAULT, Fixtures.TODAY);
    }

    private static SearchResult ask(LiveLibrary live, String q) {
        return live.withIndex(i -> i.search(SearchRequest.of(q), Access.PUBLIC, NOW));
    }

    private void rewrite(String path, String from, String to) throws IOException {
        Path file = root.resolve(path);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(60)
    void a_reload_under_concurrent_searches_loses_no_request() throws Exception {
        try (LiveLibrary live = live()) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> searchers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                searchers.add(pool.submit(() -> {
                    while (running.get()) {
                        try {
                            SearchResult r = ask(live, "Does DICOM support encryption?");
                            if (r.hits().isEmpty()) failures.add(new AssertionError("empty answer during reload"));
                            answered.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                }));
            }
            // At least 25 reloads, and as many more as it takes for the searchers to answer 100 times
            // meanwhile (how many fit in a reload depends on the machine, not on the code).
            for (int i = 0; i < 25 || (answered.get() <= 100 && i < 2000); i++) {
                rewrite(REPLY, i % 2 == 0 ? "secure connections" : "secure links", i % 2 == 0 ? "secure links" : "secure connections");
                assertThat(live.reload("test " + i).accepted()).isTrue();
            }
            running.set(false);
            for (Future<?> f : searchers) f.get(10, TimeUnit.SECONDS);
            pool.shutdown();
            assertThat(failures).isEmpty();
            assertThat(answered.get()).isGreaterThan(100);
        }
    }

    @Test
    void a_library_that_fails_validation_is_not_loaded_and_the_last_good_one_keeps_serving() throws IOException {
        try (LiveLibrary live = live()) {
            rewrite(REPLY, "review_by:", "reveiw_by:");
            ReloadStatus status = live.reload("file change");

            assertThat(status.accepted()).isFalse();
            assertThat(status.serving()).isTrue();
            assertThat(status.problems()).singleElement().asString().contains(REPLY, "schema-unknown-field");
            assertThat(ask(live, "Does DICOM support encryption?").hits()).isNotEmpty();

            rewrite(REPLY, "reveiw_by:", "review_by:");
            assertThat(live.reload("file change").accepted()).isTrue();
            assertThat(live.status().problems()).isEmpty();
        }
    }

    @Test
    void an_invalid_library_at_start_up_serves_nothing_and_says_why() throws IOException {
        Fixtures.layer(root, "library/valid");
        Files.writeString(root.resolve(REPLY), "", StandardCharsets.UTF_8);
        try (LiveLibrary live = new LiveLibrary(root, ServingRules.DEFAULT, Fixtures.TODAY)) {
            assertThat(live.status().accepted()).isFalse();
            assertThat(live.status().serving()).isFalse();
            assertThat(live.status().problems()).anyMatch(p -> p.contains("file-empty"));
            assertThat(ask(live, "Does DICOM support encryption?").hits()).isEmpty();
        }
    }

    @Test
    @Timeout(30)
    void the_watcher_reloads_when_a_reply_is_added() throws Exception {
        try (LiveLibrary live = live(); LibraryWatcher watcher = new LibraryWatcher(live, 150)) {
            assertThat(ask(live, "certificates for imaging devices").hits()).extracting(h -> h.snippet().topic()).doesNotContain("tls-adoption");
            Files.createDirectories(root.resolve("snippets/tls-adoption"));
            String reply = Files.readString(root.resolve(REPLY), StandardCharsets.UTF_8)
                    .replace("why-dicom-security--journalists", "tls-adoption--journalists")
                    .replace("topic: why-dicom-security", "topic: tls-adoption")
                    .replace("title: Why doesn't DICOM include security?", "title: Why do few imaging devices use certificates?");
            Files.writeString(root.resolve("snippets/tls-adoption/journalists.yaml"), reply, StandardCharsets.UTF_8);

            while (!ask(live, "certificates for imaging devices").hits().stream().anyMatch(h -> h.snippet().topic().equals("tls-adoption"))) {
                Thread.sleep(50);
            }
            assertThat(live.status().trigger()).isEqualTo("file change");
        }
    }

    @Test
    @Timeout(30)
    void a_reply_written_in_two_halves_is_served_only_whole() throws Exception {
        try (LiveLibrary live = live(); LibraryWatcher watcher = new LibraryWatcher(live, 500)) {
            Path file = root.resolve(REPLY);
            String whole = Files.readString(file, StandardCharsets.UTF_8).replace("title: Why doesn't DICOM include security?",
                    "title: Why does DICOM leave security to the sites?") + "# the end\n";
            int cut = whole.indexOf("sources:"); // the first half is valid YAML with a shorter body
            java.util.Set<String> served = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    live.withIndex(i -> i.library().snippets().stream().filter(s -> s.id().equals("why-dicom-security--journalists"))
                            .map(s -> s.title() + "|" + s.sources().size()).findFirst()).ifPresent(served::add);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            Files.writeString(file, whole.substring(0, cut), StandardCharsets.UTF_8);
            Thread.sleep(300); // a slow writer: longer than the old quiet period, shorter than the new one
            Files.writeString(file, whole, StandardCharsets.UTF_8);
            while (live.status().trigger() == null || !live.status().trigger().equals("file change")) Thread.sleep(20);
            Thread.sleep(100);
            sampler.interrupt();
            sampler.join();
            assertThat(served).noneMatch(v -> v.startsWith("Why does DICOM leave security to the sites?|0"));
            assertThat(served).anyMatch(v -> v.startsWith("Why does DICOM leave security to the sites?|"));
        }
    }

    @Test
    @Timeout(5)
    void a_search_after_shutdown_fails_fast_instead_of_spinning() {
        LiveLibrary live = live();
        live.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ask(live, "dicom"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
