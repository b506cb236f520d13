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
    static final List<String> SETS = List.of("real-train", "real-dev", "real-sample", "dev-queries", "paraphrases", "off-topic", "canonical");

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
                    EvalSet part = new EvalSet(set.name() + "/" + lang, set.cases().stream().filter(c -> lang.equals(c.lang())).toList());
                    if (!part.cases().isEmpty() && part.cases().size() < set.cases().size()) {
                        System.out.printf("  %-13s n=%3d  search:   %s%n", part.name(), part.cases().size(), part.score(c -> ask(index, c)));
                    }
                }
                if (misses) ours.misses().forEach(m -> System.out.println("    " + m));
                if (thresholds) System.out.print(set.atThresholds(c -> ask(index, c), 0.6, 0.7, 0.8, 0.9, 0.95));
            }
        }
    }
}
