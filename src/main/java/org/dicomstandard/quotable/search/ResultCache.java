package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers to questions asked before, kept for a short while: the press asks the same few
 * questions many times, and an answer is the same until the library or the clock changes it. An
 * entry is used only for the index that computed it and never past {@code validUntil}: the
 * earlier of a short time-to-live and the next moment a reply's visibility changes (an embargo
 * lifting, a review date passing), so caching never shows a reply early or keeps one too long.
 */
final class ResultCache {
    static final int MAX_ENTRIES = 10_000;
    static final long TTL_SECONDS = 60;

    record Key(String query, String audience, String topic, String language, int limit, Access access) {
        static Key of(SearchRequest r, Access access) {
            return new Key(r.query(), r.audience(), r.topic(), r.language(), r.limit(), access);
        }
    }

    private record Entry(SearchIndex index, Instant validUntil, SearchResult result) {
    }

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    SearchResult get(Key key, SearchIndex index, Instant now, Supplier<SearchResult> compute) {
        Entry e = entries.get(key);
        if (e != null && e.index() == index && now.isBefore(e.validUntil())) {
            return e.result();
        }
        SearchResult result = compute.get();
        // A new index makes every older answer useless: drop them so the retired index can be freed.
        if (e != null && e.index() != index) entries.values().removeIf(old -> old.index() != index);
        if (entries.size() >= MAX_ENTRIES) entries.clear(); // rare: a burst of distinct questions
        Instant until = now.plusSeconds(TTL_SECONDS);
        Instant change = index.nextVisibilityChange(now);
        entries.put(key, new Entry(index, change.isBefore(until) ? change : until, result));
        return result;
    }

    int size() {
        return entries.size();
    }
}
