package org.dicomstandard.quotable.search;

/**
 * Turns a text into a unit-length vector whose dot product with another text's vector says how close
 * their meanings are. Implementations are thread-safe and bound their cost: only the first
 * {@code maxTokens} tokens of a text are seen.
 */
interface Embedder {
    /** Tokens a question is cut to: real questions fit; a 10 KB paste costs no more than a headline. */
    int QUESTION_TOKENS = 32;
    /** Tokens a reply's title, question or summary is cut to when the index is built. */
    int REPLY_TOKENS = 128;

    float[] embed(String text, int maxTokens);

    /** The model's name, for /health and the logs. */
    String model();

    static double dot(float[] a, float[] b) {
        // Four accumulators: the JIT does not reorder a float sum, so one accumulator is one add per cycle.
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (int n = a.length - 3; i < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) s0 += a[i] * b[i];
        return s0 + s1 + s2 + s3;
    }
}
