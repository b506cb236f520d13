package org.dicomstandard.quotable.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.events.Events;
import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Snippet;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What every channel (API, FAQ page, Slack, Teams) asks of the library: answers to questions,
 * completions, replies by id. It counts searches and misses per channel and records every question
 * (masked, never who asked) with what it got in {@link Events}.
 */
@Singleton
public class AnswerService {
    private final LiveLibrary library;
    private final Events events;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final ResultCache cache = new ResultCache();

    public AnswerService(LiveLibrary library, Events events, MeterRegistry metrics, Clock clock) {
        this.library = library;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    public SearchResult ask(SearchRequest request, Access access, String channel) {
        Timer.Sample sample = Timer.start(metrics);
        Instant now = clock.instant();
        SearchResult result = library.withIndex(i -> cache.get(ResultCache.Key.of(request, access), i, now,
                () -> i.search(request, access, now)));
        sample.stop(metrics.timer("quotable.search", "channel", channel));
        metrics.counter("quotable.searches", "channel", channel, "confident", Boolean.toString(result.confident())).increment();
        if (!result.confident() && !request.query().isBlank()) metrics.counter("quotable.misses", "channel", channel).increment();
        events.asked(channel, request.query(), request.audience(), request.language(), result.hits().isEmpty() ? null
                : result.hits().get(0).snippet().topic(), result.confidence(), result.confident());
        return result;
    }

    public List<Suggestion> suggest(String prefix, String language, Access access, int limit) {
        return library.withIndex(i -> i.suggest(prefix, language, access, clock.instant(), limit));
    }

    public Optional<Snippet> snippet(String id, Access access) {
        return library.withIndex(i -> i.snippet(id, access, clock.instant()));
    }

    /** The replies of a topic the caller may see: the other audience and language versions. */
    public List<Snippet> versions(String topic, Access access) {
        return library.withIndex(i -> i.versions(topic, access, clock.instant()));
    }

    /** Every reply the caller may see, in library order. */
    public List<Snippet> all(Access access) {
        Instant now = clock.instant();
        return library.library().snippets().stream().filter(library.rules().servableAt(access, now)).toList();
    }

    public org.dicomstandard.quotable.library.Matrix matrix() {
        return library.library().matrix();
    }

    public LiveLibrary library() {
        return library;
    }

    /** Where channels record what they served, posted and heard back. */
    public Events events() {
        return events;
    }

    public Clock clock() {
        return clock;
    }
}
