package org.dicomstandard.quotable.search;

/**
 * What the confidence model knows about one candidate topic for one question.
 *
 * @param similarity       the best similarity in meaning of the topic's replies to the question (0 when the model is off)
 * @param similarityMargin that similarity minus the best other topic's
 * @param coverage         the IDF-weighted share of the question's words the topic's replies contain (rare words weigh most)
 * @param lexicalShare     the topic's BM25 score relative to the best topic's (1: it is the best)
 * @param lexicalMargin    the topic's BM25 score minus the best other topic's, relative to the best
 * @param agree            1 when the topic is first by words and by meaning
 * @param lexicalScore     log(1 + BM25 score)
 * @param words            log(1 + content words of the question)
 */
record Features(double similarity, double similarityMargin, double coverage, double lexicalShare, double lexicalMargin,
                double agree, double lexicalScore, double words) {
    static final String[] NAMES = {"similarity", "similarityMargin", "coverage", "lexicalShare", "lexicalMargin", "agree",
            "lexicalScore", "words"};

    double[] values() {
        return new double[]{similarity, similarityMargin, coverage, lexicalShare, lexicalMargin, agree, lexicalScore, words};
    }
}
