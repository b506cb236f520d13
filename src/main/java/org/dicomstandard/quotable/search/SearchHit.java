package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Snippet;

/**
 * One answer: the reply chosen for a topic, with why and how sure.
 *
 * @param highlight        the best passage, HTML-escaped, with matched words in {@code <mark>}
 * @param confident        whether the reply covers enough of the question to be sent as the answer
 * @param coverage         the share of the question's weight (IDF) that the reply's text matches, 0..1
 * @param audienceFallback the audience asked for has no reply on this topic; this is another audience's
 * @param languageFallback the language asked for has no reply on this topic; this is another language's
 */
public record SearchHit(Snippet snippet, float score, String highlight, boolean confident, double coverage,
                        boolean audienceFallback, boolean languageFallback) {
}
