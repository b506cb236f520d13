package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Snippet;

/**
 * One answer: the reply chosen for a topic, with why and how sure.
 *
 * @param score            the topic's place in the ranking (words and meaning combined; higher is better)
 * @param highlight        the best passage, HTML-escaped, with matched words in {@code <mark>}
 * @param confident        whether the reply may be sent as the answer: {@code confidence} reaches the
 *                         threshold chosen for a precision of at least 0.95
 * @param confidence       the calibrated chance, 0..1, that this topic answers the question
 * @param coverage         the share of the question's weight (IDF) that the topic's replies contain, 0..1
 * @param audienceFallback the audience asked for has no reply on this topic; this is another audience's
 * @param languageFallback the language asked for has no reply on this topic; this is another language's
 */
public record SearchHit(Snippet snippet, float score, String highlight, boolean confident, double confidence, double coverage,
                        boolean audienceFallback, boolean languageFallback) {

    SearchHit withHighlight(String text) {
        return new SearchHit(snippet, score, text, confident, confidence, coverage, audienceFallback, languageFallback);
    }
}
