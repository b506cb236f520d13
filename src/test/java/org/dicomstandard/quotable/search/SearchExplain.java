package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Validation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Why search answers a question as it does: for each candidate topic, in order, the blended order,
 * the words' BM25 score and coverage, the similarity in meaning, and the confidence. A writer reads it
 * before adding a wording to a reply's {@code questions}; run as {@code bench/search-eval.sh explain "question" ...}.
 * With {@code --set NAME}, every question of an evaluation set by falling confidence, marked right or
 * wrong: where the confident flag's threshold falls and which answers set it. A single question is
 * asked of the library as it is now; a set at the instant the evaluation uses, so the figures match.
 */
public final class SearchExplain {
    private SearchExplain() {
    }

    public static void main(String[] args) {
        if (args.length == 0) throw new IllegalArgumentException("usage: bench/search-eval.sh explain \"question\" ...");
        Validation v = new LibraryValidator().validate(Path.of("."));
        if (!v.ok()) throw new IllegalStateException("library does not validate: " + v.errors());
        try (SearchIndex index = SearchIndex.build(v.library(), ServingRules.DEFAULT)) {
            if (args[0].equals("--set") && args.length == 2) {
                System.out.print(byConfidence(index, EvalSet.named(args[1])));
            } else {
                for (String question : args) System.out.print(explain(index, question, 6));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each question's first answer, by falling confidence: right (+), wrong (-), or none expected (x). */
    static String byConfidence(SearchIndex index, EvalSet set) {
        record Line(double p, String text) {
        }
        List<Line> lines = new java.util.ArrayList<>();
        for (EvalSet.Case c : set.cases()) {
            SearchResult r = SearchEvaluation.ask(index, c);
            if (r.hits().isEmpty()) continue;
            SearchHit first = r.hits().get(0);
            String topic = first.snippet().topic();
            String mark = c.expect().isEmpty() ? "x" : c.expect().contains(topic) ? "+" : "-";
            lines.add(new Line(first.confidence(), String.format(Locale.ROOT, "%.3f %s %-26s %s%s", first.confidence(), mark,
                    topic, c.q(), mark.equals("+") ? "" : "   (expected " + c.expect() + ")")));
        }
        lines.sort(java.util.Comparator.comparingDouble(Line::p).reversed());
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l.text()).append('\n'));
        return out.toString();
    }

    static String explain(SearchIndex index, String question, int limit) {
        StringBuilder out = new StringBuilder(question).append('\n');
        Instant now = Instant.now();
        SearchIndex.Ranked r = index.rank(new SearchRequest(question, null, null, null, limit), Access.INTERNAL, now);
        if (r == null) return out.append("  no searchable word\n").toString();
        out.append("  read as: ").append(r.plan().meaningText()).append('\n');
        out.append(String.format(Locale.ROOT, "  %-26s %6s %7s %5s %6s %5s%n", "topic", "order", "bm25", "cover", "simil", "p"));
        List<Ranking.Candidate> candidates = r.candidates();
        for (Ranking.Candidate c : candidates.subList(0, Math.min(limit, candidates.size()))) {
            Features f = c.features();
            out.append(String.format(Locale.ROOT, "  %-26s %6.3f %7.2f %5.2f %6.3f %5.2f%n", index.topicIds().get(c.topic()),
                    c.order(), r.lexical().score()[c.topic()], f.coverage(), f.similarity(), SearchIndex.confidence(r, c,
                            index.askedInApprovedWording(question, index.versions(index.topicIds().get(c.topic()), Access.INTERNAL, now)))));
        }
        return out.append(String.format(Locale.ROOT, "  confident from p >= %.3f%n", r.fit().threshold())).toString();
    }
}
