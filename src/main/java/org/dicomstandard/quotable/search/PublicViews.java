package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Snippet;

import java.io.Closeable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The lexical index a public caller searches: the replies public at the asked instant and nothing
 * else, so hidden replies (internal, embargoed, overdue) weigh in no public score, correction or
 * confidence. Which replies are public changes only at known instants (an embargo ends, a review
 * date passes); between two of them the same index serves, built on first use.
 */
final class PublicViews implements Closeable {
    /** Views kept: the current period and a few others (tests and clocks may ask about other instants). */
    private static final int KEPT = 4;

    private final List<Snippet> replies;
    private final Matrix matrix;
    private final List<String> topics;
    private final ServingRules rules;
    private final Instant[] changes;
    private final Map<Integer, LexicalIndex> views = new LinkedHashMap<>();
    private volatile Current current;

    private record Current(int period, LexicalIndex view) {
    }

    PublicViews(List<Snippet> replies, Matrix matrix, List<String> topics, ServingRules rules) {
        this.replies = replies;
        this.matrix = matrix;
        this.topics = topics;
        this.rules = rules;
        TreeSet<Instant> at = new TreeSet<>();
        for (Snippet s : replies) {
            if (s.embargoUntil() != null) at.add(s.embargoUntil());
            // Overdue from the start of the day after review_by (UTC), as ServingRules has it.
            if (s.reviewBy() != null) at.add(s.reviewBy().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        this.changes = at.toArray(Instant[]::new);
    }

    /** The index of the replies public at {@code now}. */
    LexicalIndex at(Instant now) {
        int period = period(now);
        Current c = current;
        if (c != null && c.period() == period) return c.view();
        return build(period, now);
    }

    private synchronized LexicalIndex build(int period, Instant now) {
        LexicalIndex view = views.get(period);
        if (view == null) {
            List<Snippet> visible = new ArrayList<>();
            Instant representative = period == 0 ? now : changes[period - 1];
            for (Snippet s : replies) if (rules.servable(s, Access.PUBLIC, representative)) visible.add(s);
            view = new LexicalIndex(visible, matrix, topics);
            // An older view may still be read by a search in flight: it is dropped, not closed, and the
            // garbage collector frees its heap-only directory.
            if (views.size() >= KEPT) views.remove(views.keySet().iterator().next());
            views.put(period, view);
        }
        current = new Current(period, view);
        return view;
    }

    /** How many change instants are at or before {@code now}: equal for instants with the same public replies. */
    private int period(Instant now) {
        int i = Arrays.binarySearch(changes, now);
        return i >= 0 ? i + 1 : -i - 1;
    }

    @Override
    public synchronized void close() {
        views.values().forEach(LexicalIndex::close);
        views.clear();
        current = null;
    }
}
