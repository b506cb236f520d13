package org.dicomstandard.quotable.bench;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.Validation;
import org.dicomstandard.quotable.search.SearchIndex;
import org.dicomstandard.quotable.search.SearchRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Index build time, heap after indexing, and single-thread query latency for generated libraries
 * of 1,000 and 10,000 replies, plus validate time on 10,000 reply files. Run:
 * <pre>bench/search.sh</pre>
 */
public final class SearchBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final List<String> QUESTIONS = List.of(
            "why does dicom not have security", "is dicom to blame for the patient data leak",
            "unprotected pacs servers on the internet", "someone says our archive is misconfigured",
            "checklist for imaging administrators", "who is responsible for securing scanners",
            "why do modalities not use tls", "ransomware on medical imaging", "nsa manageable network plan mds2",
            "nist sp 1800-24 pacs", "dicom in containers and the cloud", "how often is dicom updated",
            "mita security white papers", "securty of dicom", "Warum hat DICOM keine Sicherheit?",
            // Real questions are longer than keywords: headlines, forum titles, German headlines.
            "Is DICOM responsible for leaking at least one billion sensitive medical images?",
            "Over 70% of exposed DICOM servers are hosted on Amazon AWS and Microsoft Azure - why?",
            "Röntgenbilder ungeschützt im Netz?", "Is an MRI scan safe during pregnancy?",
            // Hostile input: one 990-character nonsense word, and 60 distinct misspelt words.
            nonsense(990, 1), misspelt(60));

    private SearchBenchmark() {
    }

    private static String nonsense(int length, long seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder w = new StringBuilder(length);
        for (int i = 0; i < length; i++) w.append((char) ('a' + r.nextInt(26)));
        return w.toString();
    }

    private static String misspelt(int words) {
        String[] base = {"securty", "encrpytion", "pacss", "ransomwre", "hospitl", "imgaes", "vendr", "archve", "netwrk", "standrd"};
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < words; i++) q.append(base[i % base.length]).append(i).append("x ");
        return q.toString().strip();
    }

    public static void main(String[] args) throws Exception {
        Path shipped = Path.of(args.length > 0 ? args[0] : ".");
        Validation v = new LibraryValidator().validate(shipped);
        if (!v.ok()) throw new IllegalStateException("the shipped library does not validate: " + v.errors());
        System.out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        // -Dbench.sizes=10000 and -Dbench.validate=false narrow a run, e.g. under a profiler.
        // Size 0 is the shipped library as it is.
        for (String n : System.getProperty("bench.sizes", "0,1000,10000").split(",")) {
            run(v.library(), Integer.parseInt(n.trim()));
        }
        if (Boolean.parseBoolean(System.getProperty("bench.validate", "true"))) {
            validateFiles(shipped, v.library());
        }
    }

    private static void run(Library base, int n) {
        Library library = n == 0 ? base : GeneratedLibrary.asLibrary(base, GeneratedLibrary.generate(base, n, 42));
        n = library.snippets().size();
        long[] builds = new long[3];
        SearchIndex index = null;
        long heapBefore = 0;
        for (int i = 0; i < builds.length; i++) {
            if (index != null) index.close();
            index = null;
            heapBefore = usedHeap();
            long t = System.nanoTime();
            index = SearchIndex.build(library, ServingRules.DEFAULT);
            builds[i] = System.nanoTime() - t;
        }
        long heapAfter = usedHeap();
        Arrays.sort(builds);
        final SearchIndex idx = index;
        for (int i = 0; i < 3_000; i++) query(idx, i);
        int samples = 10_000;
        long[] latencies = new long[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            query(idx, i);
            latencies[i] = System.nanoTime() - t;
        }
        long[] perQ = new long[QUESTIONS.size()];
        long[] maxQ = new long[QUESTIONS.size()];
        for (int i = 0; i < samples; i++) {
            perQ[i % QUESTIONS.size()] += latencies[i];
            maxQ[i % QUESTIONS.size()] = Math.max(maxQ[i % QUESTIONS.size()], latencies[i]);
        }
        for (int q = 0; q < QUESTIONS.size(); q++) {
            String text = QUESTIONS.get(q);
            System.out.printf("  mean %.2f ms, max %.2f ms  %s%n", perQ[q] / 1e6 / (samples / QUESTIONS.size()), maxQ[q] / 1e6,
                    text.length() > 90 ? text.substring(0, 60) + "... (" + text.length() + " chars)" : text);
        }
        Arrays.sort(latencies);
        System.out.printf("%,d replies: build median %.0f ms (min %.0f, max %.0f); heap after indexing +%d MB; "
                        + "query p50 %.3f ms, p99 %.3f ms, max %.3f ms over %,d single-thread queries%n",
                n, builds[1] / 1e6, builds[0] / 1e6, builds[2] / 1e6, (heapAfter - heapBefore) >> 20,
                latencies[samples / 2] / 1e6, latencies[samples * 99 / 100] / 1e6, latencies[samples - 1] / 1e6, samples);
        index.close();
    }

    private static void query(SearchIndex index, int i) {
        String q = QUESTIONS.get(i % QUESTIONS.size());
        index.search(new SearchRequest(q, i % 3 == 0 ? "journalists" : null, null, null, 5), Access.PUBLIC, NOW);
    }

    private static void validateFiles(Path shipped, Library base) throws Exception {
        Path dir = Files.createTempDirectory("quotable-bench");
        GeneratedLibrary.write(shipped, GeneratedLibrary.generate(base, 10_000, 7), dir);
        long t = System.nanoTime();
        Validation v = new LibraryValidator().validate(dir);
        long ms = (System.nanoTime() - t) / 1_000_000;
        System.out.printf("validate 10,000 reply files (in-process, warm JVM): %d ms, %d errors, %d warnings; library left at %s%n",
                ms, v.errors().size(), v.warnings().size(), dir);
        if (!v.ok()) System.out.println("  first error: " + v.errors().get(0).toText());
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
