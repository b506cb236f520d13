package org.dicomstandard.quotable.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.dicomstandard.quotable.Fixtures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A set of questions with the topics that count as a right answer; {@code expect: []} (or none)
 * marks a question no topic answers, where search must not be confident.
 */
record EvalSet(String name, List<Case> cases) {

    record Case(String q, String audience, String lang, List<String> expect, String source) {
        Case {
            expect = expect == null ? List.of() : List.copyOf(expect);
        }

        boolean answerable() {
            return !expect.isEmpty();
        }

        SearchRequest request(int limit) {
            return new SearchRequest(q, audience, null, lang, limit);
        }
    }

    /** The sets under src/test/resources/eval/ by file name, e.g. {@code real-dev}. */
    static EvalSet named(String name) throws IOException {
        return read(name, Fixtures.resource("eval/" + name + ".yaml"));
    }

    /** The questions of this set asked in {@code lang}, named e.g. {@code real-dev/de}. */
    EvalSet inLanguage(String lang) {
        return new EvalSet(name + "/" + lang, cases.stream().filter(c -> lang.equals(c.lang())).toList());
    }

    static boolean exists(String name) {
        return EvalSet.class.getResource("/eval/" + name + ".yaml") != null;
    }

    static EvalSet read(String name, Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Case> cases = yaml.readValue(file.toFile(), new TypeReference<List<Case>>() {
        });
        return new EvalSet(name, cases == null ? List.of() : cases);
    }

    static EvalSet read(Path file) throws IOException {
        return read(file.getFileName().toString().replace(".yaml", ""), file);
    }

    EvalSet plus(EvalSet other) {
        List<Case> all = new ArrayList<>(cases);
        all.addAll(other.cases);
        return new EvalSet(name + "+" + other.name, all);
    }

    /**
     * The figures for one set: over answerable questions the share whose first hit is right,
     * within the first three, and confident and right; over unanswerable ones the share refused
     * (not confident); and the precision of the confident flag over all questions.
     */
    record Score(int answerable, int top1, int top3, int confidentRight, int confidentWrong,
                 int unanswerable, int refused, List<String> misses) {
        double top1Rate() {
            return rate(top1, answerable);
        }

        double top3Rate() {
            return rate(top3, answerable);
        }

        double confidentRightRate() {
            return rate(confidentRight, answerable);
        }

        double refusedRate() {
            return rate(refused, unanswerable);
        }

        double precision() {
            return confidentRight + confidentWrong == 0 ? 1 : (double) confidentRight / (confidentRight + confidentWrong);
        }

        private static double rate(int k, int n) {
            return n == 0 ? 1 : (double) k / n;
        }

        @Override
        public String toString() {
            return String.format("top-1 %.3f (%d/%d), top-3 %.3f, confident-and-right %.3f, refused %s, precision %.3f",
                    top1Rate(), top1, answerable, top3Rate(), confidentRightRate(),
                    unanswerable == 0 ? "n/a" : String.format("%.3f (%d/%d)", refusedRate(), refused, unanswerable), precision());
        }
    }

    /** Scores a search that returns a full result (with the confident flag). */
    Score score(Function<Case, SearchResult> search) {
        int top1 = 0, top3 = 0, right = 0, wrong = 0, unanswerable = 0, refused = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            SearchResult r = search.apply(c);
            List<String> topics = r.hits().stream().map(h -> h.snippet().topic()).toList();
            boolean first = !topics.isEmpty() && c.expect().contains(topics.get(0));
            if (!c.answerable()) {
                unanswerable++;
                if (!r.confident()) refused++;
                else {
                    wrong++;
                    misses.add(String.format("confident on unanswerable (%.2f): %s -> %s", r.confidence(), c.q(), topics.get(0)));
                }
                continue;
            }
            if (first) top1++;
            if (topics.stream().limit(3).anyMatch(c.expect()::contains)) top3++;
            if (r.confident() && first) right++;
            if (r.confident() && !first) wrong++;
            if (!first) misses.add(String.format("%s -> %s expected %s", c.q(), topics.stream().limit(3).toList(), c.expect()));
            else if (!r.confident()) misses.add(String.format("right but not confident (%.2f): %s", r.confidence(), c.q()));
        }
        return new Score(cases.size() - unanswerable, top1, top3, right, wrong,
                unanswerable, refused, misses);
    }

    /** Scores a ranker that only returns topic ids (the baseline): no confident flag, so nothing refused. */
    Score rank(Function<Case, List<String>> ranker) {
        int n = 0, top1 = 0, top3 = 0;
        for (Case c : cases) {
            if (!c.answerable()) continue;
            n++;
            List<String> topics = ranker.apply(c);
            if (!topics.isEmpty() && c.expect().contains(topics.get(0))) top1++;
            if (topics.stream().limit(3).anyMatch(c.expect()::contains)) top3++;
        }
        return new Score(n, top1, top3, 0, 0, 0, 0, List.of());
    }

    /**
     * What the confident flag would be at other thresholds: for each, how many first hits would be
     * confident, the share of those that are right (precision), and confident-and-right over the
     * answerable questions. A hit asked in a reply's own words stays confident (SearchIndex.EXACT_WORDING).
     */
    String atThresholds(Function<Case, SearchResult> search, double... thresholds) {
        List<double[]> firsts = new ArrayList<>(); // {confidence, right ? 1 : 0}
        int answerable = 0;
        for (Case c : cases) {
            if (c.answerable()) answerable++;
            SearchResult r = search.apply(c);
            if (r.hits().isEmpty()) continue;
            boolean right = c.expect().contains(r.hits().get(0).snippet().topic());
            firsts.add(new double[]{r.confidence(), right ? 1 : 0});
        }
        StringBuilder out = new StringBuilder();
        for (double t : thresholds) {
            int confident = 0, right = 0;
            for (double[] f : firsts) {
                if (f[0] < t) continue;
                confident++;
                right += (int) f[1];
            }
            out.append(String.format(java.util.Locale.ROOT, "    at %.2f: %d confident, precision %.2f, confident-and-right %.3f%n", t, confident,
                    confident == 0 ? 1.0 : (double) right / confident, answerable == 0 ? 1.0 : (double) right / answerable));
        }
        return out.toString();
    }
}
