package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.ServingRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** How a question is read before it is matched: its language, its spelling, its vector. */
class ReadingQuestionsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    static Path root;
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(ServingFixture.load(root), ServingRules.DEFAULT);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static QueryPlanner.Plan plan(String question, String callerLanguage) {
        return index.rank(new SearchRequest(question, null, null, callerLanguage, 5), Access.INTERNAL, NOW).plan();
    }

    @Test
    void a_german_question_typed_on_the_english_page_is_still_read_as_german() {
        QueryPlanner.Plan plan = plan("Röntgenbilder ungeschützt im Netz?", "en");
        assertThat(plan.meaningText()).contains("x-ray", "unprotected", "internet");
    }

    @Test
    void a_german_question_marks_its_english_gloss_in_an_english_reply() {
        SearchHit hit = index.search(new SearchRequest("Liefern die Hersteller eine sichere Übertragung?", null, "exposed-pacs-report", "en", 1),
                Access.INTERNAL, NOW).hits().get(0);
        assertThat(hit.snippet().language()).isEqualTo("en");
        // "sichere" is glossed "secure": the passage with the most of the glossed words is marked in English.
        assertThat(hit.highlight()).contains("<mark>secure</mark>");
    }

    @Test
    void german_words_the_library_lacks_are_not_corrected_into_other_words() {
        QueryPlanner.Plan plan = plan("Patientendaten millionenfach auf ungesicherten Servern gelandet", null);
        assertThat(plan.corrected()).isFalse();
        assertThat(plan.text()).contains("gelandet");
        assertThat(plan.meaningText()).contains("ended up");
    }

    @Test
    void a_german_function_word_is_never_the_first_part_of_a_compound() {
        QueryPlanner.Plan plan = plan("Ist das überhaupt die Aufgabe der Hersteller?", null);
        assertThat(plan.meaningText()).contains("at all", "task", "vendor").doesNotContain("gabe", "haupt");
    }

    @Test
    void english_words_are_left_alone_and_only_typos_corrected() {
        QueryPlanner.Plan plan = plan("why is securty of dicom so poorly accepted", null);
        assertThat(plan.corrected()).isTrue();
        assertThat(plan.text()).contains("security", "accepted");
        assertThat(EnglishWords.size()).as("the model's vocabulary is read").isGreaterThan(10_000);
    }

    @Test
    void an_inflected_german_word_is_glossed_by_its_base_form() {
        // "sichere" is "sicher", "Netze" are networks (not "das Netz", the internet), "-technischer" is "technisch".
        assertThat(plan("Sichere medizinische Netze", null).meaningText()).contains("secure", "network").doesNotContain("sichere", "netze");
        assertThat(plan("Sicherheit medizintechnischer Protokolle", null).meaningText()).contains("technical", "protocol");
        // The linking -s still comes off short words ("CDs" is "CD"), but an inflection only off a stem
        // of five letters or more ("seite" is not "seit" + e).
        assertThat(plan("Sicherheitsaspekte beim Umgang mit DICOM-CDs", null).meaningText()).contains("cd media");
        assertThat(plan("Auf welcher Seite steht die Sicherheit?", null).meaningText()).doesNotContain("since");
    }

    @Test
    void an_english_word_in_a_german_question_is_not_split_into_a_guess() {
        // Only "cybers" of "cybersecurity" is a known part: a split that leaves more unknown than known is not made.
        String read = plan("Cybersecurity bei Computertomografie-Scannern", null).meaningText();
        assertThat(read).contains("cybersecurity", "ct scan");
        assertThat(read.split(" ")).doesNotContain("ecurity", "cyber");
    }

    @Test
    void responsible_disclosure_is_read_as_reporting_a_flaw_and_not_as_blame() {
        List<String> disclosure = QueryPlanner.tokens(Analyzers.query(Analyzers.Lang.EN), "What is responsible disclosure?");
        assertThat(disclosure).contains("coordin", "vulner").doesNotContain("blame", "fault");
        assertThat(QueryPlanner.tokens(Analyzers.query(Analyzers.Lang.EN), "Who is responsible?")).contains("blame");
        assertThat(QueryPlanner.tokens(Analyzers.query(Analyzers.Lang.EN), "run wado over https")).contains("dicomweb");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DICOM-CD: Sicherheitsprobleme beachten | de",
            "Krebsdaten auf dem Präsentierteller | de",
            "Röntgenbilder | de",
            "greenbone report unprotected pacs servers | en",
            "Implementing HTTP Header Access Tokens In DICOM Web Browsers | en",
            "malware update problem | en",
            "Ransomware rate soars | en",
            "Hospital imaging programmes hacked | en"})
    void a_headline_without_small_words_is_still_given_its_language(String text, String language) {
        assertThat(Analyzers.guessLanguage(text)).isEqualTo(language);
    }

    @Test
    void similarities_by_dimension_are_the_dot_products_of_the_vectors() {
        Random random = new Random(7);
        List<float[]> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) texts.add(unit(random));
        SemanticIndex.Codes codes = SemanticIndex.Codes.of(texts);
        for (int k = 0; k < 20; k++) {
            float[] question = unit(random);
            float[] approx = codes.dotAll(question);
            for (int i = 0; i < texts.size(); i++) {
                assertThat((double) approx[i]).isCloseTo(Embedder.dot(question, texts.get(i)), offset(1e-5));
            }
        }
        float[] same = codes.dotAll(texts.get(3));
        assertThat((double) same[3]).isCloseTo(1.0, offset(1e-5));
        assertThat(SemanticIndex.Codes.of(List.of()).dotAll(texts.get(0))).isEmpty();
    }

    /** A unit vector shaped like a sentence embedding's: 384 components, a few large ones. */
    private static float[] unit(Random random) {
        float[] v = new float[384];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextGaussian() * (random.nextInt(20) == 0 ? 4 : 1));
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(norm);
        return v;
    }
}
