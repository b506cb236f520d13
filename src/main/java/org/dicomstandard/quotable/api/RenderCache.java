package org.dicomstandard.quotable.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The serialised JSON of answers the search service returned from its own cache: when the same
 * answer object comes back for the same request, its bytes and ETag are reused instead of being
 * serialised again. An entry is valid only for the very object it was made from.
 */
final class RenderCache<K> {
    static final int MAX_ENTRIES = 10_000;

    record Rendered(Object source, byte[] bytes, String etag) {
    }

    private final ConcurrentHashMap<K, Rendered> entries = new ConcurrentHashMap<>();

    Rendered render(K key, Object source, Supplier<byte[]> serialise) {
        Rendered r = entries.get(key);
        if (r != null && r.source() == source) return r;
        byte[] bytes = serialise.get();
        Rendered fresh = new Rendered(source, bytes, Conditional.etag(bytes));
        if (entries.size() >= MAX_ENTRIES) entries.clear();
        entries.put(key, fresh);
        return fresh;
    }
}
