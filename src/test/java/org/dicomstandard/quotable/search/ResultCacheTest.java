package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.ServingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ResultCacheTest {
    private static final SearchRequest QUESTION = new SearchRequest("Does DICOM support encryption?", null, null, null, 50);

    @TempDir
    Path root;

    @Test
    void a_repeated_question_is_answered_from_the_cache_until_the_ttl() {
        try (SearchIndex index = SearchIndex.build(ServingFixture.load(root), ServingRules.DEFAULT)) {
            ResultCache cache = new ResultCache();
            AtomicInteger computed = new AtomicInteger();
            Instant t = Instant.parse("2026-11-25T10:00:00Z");
            ResultCache.Key key = ResultCache.Key.of(QUESTION, Access.PUBLIC);
            SearchResult first = cache.get(key, index, t, () -> { computed.incrementAndGet(); return index.search(QUESTION, Access.PUBLIC, t); });
            SearchResult again = cache.get(key, index, t.plusSeconds(30), () -> { computed.incrementAndGet(); return null; });
            assertThat(again).isSameAs(first);
            cache.get(key, index, t.plusSeconds(ResultCache.TTL_SECONDS), () -> { computed.incrementAndGet(); return first; });
            assertThat(computed.get()).isEqualTo(2);
        }
    }

    @Test
    void an_embargo_lifting_is_never_hidden_by_the_cache() {
        try (SearchIndex index = SearchIndex.build(ServingFixture.load(root), ServingRules.DEFAULT)) {
            ResultCache cache = new ResultCache();
            Instant lift = Instant.parse("2030-01-01T09:00:00Z");
            ResultCache.Key key = ResultCache.Key.of(QUESTION, Access.INTERNAL);
            Instant before = lift.minusSeconds(5);
            SearchResult early = cache.get(key, index, before, () -> index.search(QUESTION, Access.INTERNAL, before));
            assertThat(early.hits()).noneMatch(h -> h.snippet().topic().equals("heise-rebuttal"));
            SearchResult late = cache.get(key, index, lift, () -> index.search(QUESTION, Access.INTERNAL, lift));
            assertThat(late.hits()).anyMatch(h -> h.snippet().topic().equals("heise-rebuttal"));
        }
    }

    @Test
    void a_new_index_never_gets_the_old_indexs_answers() {
        try (SearchIndex a = SearchIndex.build(ServingFixture.load(root), ServingRules.DEFAULT);
             SearchIndex b = SearchIndex.build(a.library(), ServingRules.DEFAULT)) {
            ResultCache cache = new ResultCache();
            Instant t = Instant.parse("2026-11-25T10:00:00Z");
            ResultCache.Key key = ResultCache.Key.of(QUESTION, Access.PUBLIC);
            SearchResult fromA = cache.get(key, a, t, () -> a.search(QUESTION, Access.PUBLIC, t));
            SearchResult fromB = cache.get(key, b, t, () -> b.search(QUESTION, Access.PUBLIC, t));
            assertThat(fromB).isNotSameAs(fromA);
        }
    }
}
