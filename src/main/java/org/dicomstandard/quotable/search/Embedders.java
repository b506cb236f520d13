package org.dicomstandard.quotable.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one sentence-embedding model of the process, loaded once and shared by every index a reload
 * builds, with the vectors of reply texts it has already embedded. Loading never fails a search:
 * a model that is missing, corrupt or cannot run leaves {@link #status()} down with the reason and
 * lexical search serving alone.
 */
final class Embedders {
    private static final Logger LOG = LoggerFactory.getLogger(Embedders.class);
    /** Reply texts kept between reloads; a library is far smaller, so this only bounds a runaway. */
    private static final int MAX_CACHED = 200_000;

    static {
        // DJL (the tokenizer's native library) reports home and may download unless told not to; both
        // are read when DJL runs, so they are set before any DJL class is first used.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
    }

    private static volatile Embedders shared;

    private final Embedder embedder;
    private final MeaningStatus status;
    private final Map<String, float[]> replyVectors = new ConcurrentHashMap<>();

    private Embedders(Embedder embedder, MeaningStatus status) {
        this.embedder = embedder;
        this.status = status;
    }

    /** The shipped model, loaded on first use. */
    static Embedders shared() {
        Embedders e = shared;
        if (e == null) {
            synchronized (Embedders.class) {
                e = shared;
                if (e == null) shared = e = of(OnnxEmbedder.MINILM);
            }
        }
        return e;
    }

    /** A model from its class-path resources; one that is missing or cannot load gives a down status. */
    static Embedders of(OnnxEmbedder.Spec spec) {
        return load(spec, resource(spec.model()), resource(spec.tokenizer()));
    }

    /** The shipped model from bytes (null: missing); any failure gives a down status, never an exception. */
    static Embedders load(byte[] model, byte[] tokenizer) {
        return load(OnnxEmbedder.MINILM, model, tokenizer);
    }

    private static Embedders load(OnnxEmbedder.Spec spec, byte[] model, byte[] tokenizer) {
        if (model == null || tokenizer == null) return off("the embedding model is not on the class path ("
                + spec.model() + ")");
        long t = System.nanoTime();
        try {
            OnnxEmbedder m = new OnnxEmbedder(spec, model, tokenizer);
            m.embed("warm up", Embedder.QUESTION_TOKENS);
            LOG.info("Search by meaning: {} loaded in {} ms", m.model(), (System.nanoTime() - t) / 1_000_000);
            return new Embedders(m, MeaningStatus.up(m.model()));
        } catch (Exception | LinkageError e) {
            String reason = "the embedding model cannot load: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
            LOG.warn("Search by meaning is off, lexical search serves alone; {}", reason);
            return off(reason);
        }
    }

    /** An embedder built some other way (the comparison's blend of two models); it must already work. */
    static Embedders of(Embedder embedder) {
        return new Embedders(embedder, MeaningStatus.up(embedder.model()));
    }

    static Embedders off(String reason) {
        return new Embedders(null, MeaningStatus.down(reason));
    }

    Embedder embedder() {
        return embedder;
    }

    MeaningStatus status() {
        return status;
    }

    /** A reply text's vector, embedded once per process. */
    float[] reply(String text) {
        float[] v = replyVectors.get(text);
        if (v != null) return v;
        v = embedder.embed(text, Embedder.REPLY_TOKENS);
        if (replyVectors.size() >= MAX_CACHED) replyVectors.clear();
        replyVectors.put(text, v);
        return v;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Embedders.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
