package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Validation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the figures (top-1, top-3, confident-and-right, refused) for every evaluation set
 * under src/test/resources/eval/, for this search and for the plain baseline. Run from the
 * repository root:
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.dicomstandard.quotable.search.SearchEvaluation [-Dexec.args="--misses --thresholds"]</pre>
 * {@code --misses} lists every miss; {@code --thresholds} what the confident flag would be at other thresholds.
 */
public final class SearchEvaluation {
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final List<String> SETS = List.of("real-train", "real-train-2", "real-dev", "real-dev-2", "real-sample", "dev-queries", "paraphrases", "off-topic", "canonical");

    private SearchEvaluation() {
    }

    static List<EvalSet> sets() throws IOException {
        List<EvalSet> out = new ArrayList<>();
        for (String name : SETS) if (EvalSet.exists(name)) out.add(EvalSet.named(name));
        return out;
    }

    static SearchResult ask(SearchIndex index, EvalSet.Case c) {
        return index.search(c.request(5), Access.INTERNAL, NOW);
    }

    /**
     * How far two labellings of the same questions agree, scored the way search is: each labeller's
     * first topic counted right when it is among the other's topics (what a careful human gets for
     * top-1), and how often they agree whether any topic answers at all.
     */
    static String agreement(EvalSet first, EvalSet second) {
        int n = Math.min(first.cases().size(), second.cases().size());
        int sameAnswerable = 0, answerable1 = 0, answerable2 = 0, secondRight = 0, firstRight = 0;
        for (int i = 0; i < n; i++) {
            List<String> a = first.cases().get(i).expect();
            List<String> b = second.cases().get(i).expect();
            if (!first.cases().get(i).q().equals(second.cases().get(i).q())) {
                throw new IllegalStateException("the two labellings differ in question " + (i + 1));
            }
            if (a.isEmpty() == b.isEmpty()) sameAnswerable++;
            if (!a.isEmpty()) {
                answerable1++;
                if (!b.isEmpty() && a.contains(b.get(0))) secondRight++;
            }
            if (!b.isEmpty()) {
                answerable2++;
                if (!a.isEmpty() && b.contains(a.get(0))) firstRight++;
            }
        }
        return String.format(java.util.Locale.ROOT, "labellers of %s and %s: answered-or-not agree %d/%d; %s's first topic right by %s's labels %d/%d (%.3f), and the other way %d/%d (%.3f)",
                first.name(), second.name(), sameAnswerable, n, second.name(), first.name(), secondRight, answerable1,
                (double) secondRight / answerable1, firstRight, answerable2, (double) firstRight / answerable2);
    }

    public static void main(String[] args) throws IOException {
        boolean misses = List.of(args).contains("--misses");
        boolean thresholds = List.of(args).contains("--thresholds");
        Validation v = new LibraryValidator().validate(Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "."));
        if (!v.ok()) throw new IllegalStateException("library does not validate: " + v.errors());
        Ranking.Fusion fusion = Ranking.Fusion.valueOf(System.getProperty("fusion", Ranking.Fusion.DEFAULT.name()));
        try (SearchIndex index = SearchIndex.build(v.library(), ServingRules.DEFAULT, Embedders.shared(), fusion, ConfidenceModel.shipped());
             BaselineSearch baseline = new BaselineSearch(v.library())) {
            for (EvalSet set : sets()) {
                EvalSet.Score ours = set.score(c -> ask(index, c));
                EvalSet.Score plain = set.rank(c -> baseline.topics(c.q(), 5));
                System.out.printf("%-12s n=%3d  search:   %s%n", set.name(), set.cases().size(), ours);
                System.out.printf("%-12s        baseline: top-1 %.3f, top-3 %.3f%n", "", plain.top1Rate(), plain.top3Rate());
                for (String lang : List.of("en", "de")) {
                    EvalSet part = set.inLanguage(lang);
                    if (!part.cases().isEmpty() && part.cases().size() < set.cases().size()) {
                        System.out.printf("  %-13s n=%3d  search:   %s%n", part.name(), part.cases().size(), part.score(c -> ask(index, c)));
                    }
                }
                if (misses) ours.misses().forEach(m -> System.out.println("    " + m));
                if (thresholds) System.out.print(set.atThresholds(c -> ask(index, c), 0.6, 0.7, 0.8, 0.9, 0.95));
            }
            if (EvalSet.exists("real-dev") && EvalSet.exists("real-dev-2")) {
                System.out.println(agreement(EvalSet.named("real-dev"), EvalSet.named("real-dev-2")));
            }
        }
    }
}
