package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Validation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality on the shipped library, measured on the evaluation sets under
 * src/test/resources/eval/ (bench/search-eval.sh prints the same figures with every miss). Each
 * floor is the figure measured when it was set, less a margin for content edits, so a change that
 * makes search worse fails here. The issue's targets, not all reached yet, are the disabled test.
 */
class SearchQualityTest {
    private static SearchIndex index;
    private static BaselineSearch baseline;

    @BeforeAll
    static void build() throws IOException {
        Validation v = new LibraryValidator().validate(Fixtures.shippedLibrary());
        assertThat(v.ok()).as(v.errors().toString()).isTrue();
        index = SearchIndex.build(v.library(), ServingRules.DEFAULT);
        baseline = new BaselineSearch(v.library());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
        baseline.close();
    }

    private static EvalSet.Score score(String set) throws IOException {
        EvalSet.Score s = EvalSet.named(set).score(c -> SearchEvaluation.ask(index, c));
        System.out.println("[search-quality] " + set + ": " + s);
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"real-train", "real-train-2", "real-dev", "real-dev-2", "real-sample", "dev-queries", "paraphrases"})
    void search_beats_the_plain_baseline_on_every_set(String set) throws IOException {
        EvalSet.Score ours = score(set);
        EvalSet.Score plain = EvalSet.named(set).rank(c -> baseline.topics(c.q(), 5));
        System.out.printf("[search-quality] %s, baseline (StandardAnalyzer, BM25, body only): top-1 %.3f, top-3 %.3f%n",
                set, plain.top1Rate(), plain.top3Rate());
        assertThat(ours.top1Rate()).as(ours.misses().toString()).isGreaterThan(plain.top1Rate());
        assertThat(ours.top3Rate()).as(ours.misses().toString()).isGreaterThanOrEqualTo(plain.top3Rate());
    }

    @Test
    void the_dev_split_of_real_questions_holds_its_floor() throws IOException {
        EvalSet.Score dev = score("real-dev");
        // Measured 2026-12-04, evening (59 replies, questions learned from both training sets, German
        // replies also compared in their gloss): top-1 0.738, top-3 0.885, refused 1.000, precision
        // 1.000, confident and right 0.180.
        assertThat(dev.top1Rate()).as(dev.misses().toString()).isGreaterThanOrEqualTo(0.70);
        assertThat(dev.top3Rate()).as(dev.misses().toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(dev.refusedRate()).as(dev.misses().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(dev.precision()).as("precision of the confident flag").isGreaterThanOrEqualTo(0.95);
        assertThat(dev.confidentRightRate()).isGreaterThanOrEqualTo(0.10);
    }

    @Test
    void german_questions_of_the_dev_split_hold_their_floor() throws IOException {
        EvalSet.Score german = EvalSet.named("real-dev").inLanguage("de").score(c -> SearchEvaluation.ask(index, c));
        // Measured 2026-12-04, evening: top-1 0.846 (11 of 13), top-3 1.000, refused 1.000 (24 of 24);
        // 0.692 before German replies were also compared in their English gloss.
        assertThat(german.top1Rate()).as(german.misses().toString()).isGreaterThanOrEqualTo(0.75);
        assertThat(german.top3Rate()).as(german.misses().toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(german.refusedRate()).as(german.misses().toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void the_dev_split_by_a_second_blind_labeller_holds_its_floor() throws IOException {
        EvalSet.Score dev = score("real-dev-2");
        // Measured 2026-12-04, evening: top-1 0.855, top-3 0.945, refused 1.000, precision 1.000. The
        // second labeller's first topics scored on the first labels give 0.820: the human reference for top-1.
        assertThat(dev.top1Rate()).as(dev.misses().toString()).isGreaterThanOrEqualTo(0.80);
        assertThat(dev.top3Rate()).as(dev.misses().toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(dev.refusedRate()).as(dev.misses().toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void paraphrases_hold_their_floor() throws IOException {
        EvalSet.Score p = score("paraphrases");
        // Measured 2026-12-04, evening: top-1 0.969 (the issue's 0.95 is reached), top-3 1.000, confident and right 0.600, precision 1.000.
        assertThat(p.top1Rate()).as(p.misses().toString()).isGreaterThanOrEqualTo(0.92);
        assertThat(p.top3Rate()).as(p.misses().toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(p.confidentRightRate()).as(p.misses().toString()).isGreaterThanOrEqualTo(0.50);
        assertThat(p.precision()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void questions_nothing_answers_are_refused() throws IOException {
        EvalSet.Score off = score("off-topic");
        assertThat(off.refusedRate()).as(off.misses().toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    @Disabled("issue 10's targets are not reached: see the README's search section for the measured figures")
    void issue_10_targets() throws IOException {
        EvalSet.Score dev = score("real-dev");
        assertThat(dev.top1Rate()).isGreaterThanOrEqualTo(0.85);
        assertThat(dev.top3Rate()).isGreaterThanOrEqualTo(0.95);
        assertThat(dev.confidentRightRate()).isGreaterThanOrEqualTo(0.80);
        assertThat(dev.refusedRate()).isGreaterThanOrEqualTo(0.95);
        EvalSet.Score p = score("paraphrases");
        assertThat(p.top1Rate()).isGreaterThanOrEqualTo(0.95);
        assertThat(p.confidentRightRate()).isGreaterThanOrEqualTo(0.90);
    }
}
