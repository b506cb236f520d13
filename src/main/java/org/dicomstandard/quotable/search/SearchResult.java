package org.dicomstandard.quotable.search;

import java.util.List;

/**
 * The answer to a request: hits in rank order, one per topic.
 *
 * @param query          the question as received
 * @param correctedQuery the question with misspelt words corrected, or null when nothing was corrected
 * @param total          topics that matched (before the limit)
 */
public record SearchResult(String query, String correctedQuery, int total, List<SearchHit> hits) {

    public static SearchResult empty(String query) {
        return new SearchResult(query, null, 0, List.of());
    }

    /** True when the first hit may be given as the answer. */
    public boolean confident() {
        return !hits.isEmpty() && hits.get(0).confident();
    }

    /** The calibrated chance, 0..1, that the first hit answers the question (0 without hits). */
    public double confidence() {
        return hits.isEmpty() ? 0 : hits.get(0).confidence();
    }
}
