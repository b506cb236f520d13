package org.dicomstandard.quotable.answer;

import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.search.SearchHit;
import org.dicomstandard.quotable.search.SearchResult;

import java.util.List;

/**
 * What the library answers to a {@link Question}: the chosen reply among the confident hits (the
 * {@code index}-th, wrapping, so "next match" walks them), or a miss with the closest replies.
 *
 * @param chosen    the reply to show, presented; null for a miss
 * @param index     which confident hit was chosen
 * @param confident how many hits were confident enough to send
 * @param closest   for a miss, the closest replies (at most three); empty otherwise
 */
public record Answer(Question question, SearchResult result, PresentedReply chosen, int index, int confident, List<Snippet> closest) {

    public boolean miss() {
        return chosen == null;
    }

    /** The index of the next confident match, or -1 when there is no other. */
    public int next() {
        return confident > 1 ? index + 1 : -1;
    }

    /** How sure the search is of the chosen reply (0-1); for a miss, of the closest one. */
    public double confidence() {
        List<SearchHit> hits = result.hits();
        return hits.isEmpty() ? 0 : hits.get(Math.min(Math.max(index, 0), hits.size() - 1)).confidence();
    }
}
