package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Snippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedding model: it loads from the jar, matches by meaning, never calls home, and its failure only costs meaning. */
class MeaningTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String QUESTION = "Does DICOM support encryption?";

    @TempDir
    java.nio.file.Path root;

    @Test
    void the_shipped_model_loads_from_the_jar_and_ranks_by_meaning() {
        Embedders shared = Embedders.shared();
        assertThat(shared.status().available()).as(String.valueOf(shared.status().reason())).isTrue();
        Embedder model = shared.embedder();
        float[] q = model.embed("How can hospitals defend their scanners against ransomware gangs?", Embedder.QUESTION_TOKENS);
        double malware = Embedder.dot(q, model.embed("Protecting imaging systems from malicious software", Embedder.REPLY_TOKENS));
        double tls = Embedder.dot(q, model.embed("Where can I find the white papers of the working group?", Embedder.REPLY_TOKENS));
        assertThat(malware).isGreaterThan(tls + 0.1);
        assertThat(Embedder.dot(q, q)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void a_compared_model_loads_from_its_artifact_and_is_asked_with_its_prefixes() {
        Embedders e5 = Embedders.of(ModelComparison.E5_SMALL_V2);
        assertThat(e5.status().available()).as(String.valueOf(e5.status().reason())).isTrue();
        assertThat(e5.status().model()).isEqualTo("e5-small-v2 (quantised)");
        Embedder model = e5.embedder();
        float[] q = model.embed("How can hospitals defend their scanners against ransomware gangs?", Embedder.QUESTION_TOKENS);
        double malware = Embedder.dot(q, model.embed("Protecting imaging systems from malicious software", Embedder.REPLY_TOKENS));
        double papers = Embedder.dot(q, model.embed("Where can I find the white papers of the working group?", Embedder.REPLY_TOKENS));
        assertThat(malware).isGreaterThan(papers);
        // The prefix is part of what the model reads: asked without it, the same text is another vector.
        Embedders bare = Embedders.of(new OnnxEmbedder.Spec("e5 without prefixes", ModelComparison.E5_SMALL_V2.model(),
                ModelComparison.E5_SMALL_V2.tokenizer(), "", ""));
        assertThat(Embedder.dot(q, bare.embedder().embed("How can hospitals defend their scanners against ransomware gangs?",
                Embedder.QUESTION_TOKENS))).isLessThan(0.999);
    }

    @Test
    void the_unquantised_model_loads_from_its_artifact_and_reads_as_the_shipped_one_does() {
        Embedders full = Embedders.of(ModelComparison.MINILM_FULL);
        assertThat(full.status().available()).as(String.valueOf(full.status().reason())).isTrue();
        String text = "How can hospitals defend their scanners against ransomware gangs?";
        float[] quantised = Embedders.shared().embedder().embed(text, Embedder.QUESTION_TOKENS);
        float[] float32 = full.embedder().embed(text, Embedder.QUESTION_TOKENS);
        // The same model at another precision: nearly the same vector, but not the very same one.
        assertThat(Embedder.dot(quantised, float32)).isBetween(0.9, 0.99999);
    }

    @Test
    void a_german_question_is_also_compared_with_german_replies_in_their_english_gloss() {
        Library library = ServingFixture.load(root);
        Snippet german = library.snippets().stream().filter(s -> s.id().equals("why-dicom-security--journalists--de")).findFirst().orElseThrow();
        Embedder model = Embedders.shared().embedder();
        try (SearchIndex index = SearchIndex.build(library, ServingRules.DEFAULT)) {
            // "Warum hat DICOM keine Sicherheit?" as the English model reads it is noise; glossed, it is the question.
            SearchIndex.Ranked asked = index.rank(SearchRequest.of("Warum hat DICOM keine Sicherheit eingebaut?"), Access.INTERNAL, NOW);
            double own = closestOwnText(model, asked.plan().meaningText(), german);
            assertThat(asked.similar().reply(german.id())).isGreaterThan((float) own + 0.1f);
            // An English question is compared with the reply's own texts only.
            SearchIndex.Ranked english = index.rank(SearchRequest.of("Why has DICOM no security built in?"), Access.INTERNAL, NOW);
            assertThat((double) english.similar().reply(german.id()))
                    .isCloseTo(closestOwnText(model, english.plan().meaningText(), german), org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    private static double closestOwnText(Embedder model, String question, Snippet s) {
        float[] q = model.embed(question, Embedder.QUESTION_TOKENS);
        List<String> texts = new java.util.ArrayList<>(s.questions());
        texts.add(s.title());
        texts.add(s.summary());
        return texts.stream().mapToDouble(t -> Embedder.dot(q, model.embed(t, Embedder.REPLY_TOKENS))).max().orElseThrow();
    }

    @Test
    void a_corrupt_or_missing_model_leaves_lexical_search_serving_and_says_why() throws IOException {
        Library library = ServingFixture.load(root);
        byte[] tokenizer = getClass().getClassLoader().getResourceAsStream(OnnxEmbedder.MINILM.tokenizer()).readAllBytes();
        Embedders corrupt = Embedders.load("not an onnx model".getBytes(StandardCharsets.UTF_8), tokenizer);
        Embedders missing = Embedders.load(null, tokenizer);
        assertThat(corrupt.status().available()).isFalse();
        assertThat(corrupt.status().reason()).startsWith("the embedding model cannot load");
        assertThat(missing.status().reason()).contains("not on the class path");
        for (Embedders broken : List.of(corrupt, missing)) {
            try (SearchIndex index = SearchIndex.build(library, ServingRules.DEFAULT, broken, Ranking.Fusion.DEFAULT, ConfidenceModel.shipped())) {
                assertThat(index.meaning()).isEqualTo(broken.status());
                SearchResult r = index.search(SearchRequest.of(QUESTION), Access.PUBLIC, NOW);
                assertThat(r.hits()).extracting(h -> h.snippet().topic()).first().isEqualTo("why-dicom-security");
                // Asked in a reply's approved wording: still an answer without the model.
                assertThat(r.confident()).isTrue();
                SearchResult loose = index.search(SearchRequest.of("dicom encryption support"), Access.PUBLIC, NOW);
                double lexicalThreshold = ConfidenceModel.shipped().fit(false).threshold();
                assertThat(loose.hits()).isNotEmpty();
                assertThat(loose.confident()).isEqualTo(loose.confidence() >= lexicalThreshold);
            }
        }
    }

    @Test
    void the_tokenizer_library_never_calls_home() throws Exception {
        List<URI> asked = new CopyOnWriteArrayList<>();
        ProxySelector previous = ProxySelector.getDefault();
        // Every HTTP(S) connection the JDK opens asks the proxy selector first: record it, and refuse
        // it, so a broken guard fails this test instead of reaching the network.
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                throw new IllegalStateException("no network in this test: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        try {
            Embedders shared = Embedders.shared();
            shared.embedder().embed("does dicom phone home", Embedder.QUESTION_TOKENS);
            assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
            assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
            // DJL's telemetry entry point, called directly: with the guard it returns before any request.
            ai.djl.util.Ec2Utils.callHome("OnnxRuntime");
            assertThat(asked).isEmpty();
        } finally {
            ProxySelector.setDefault(previous);
        }
    }
}
