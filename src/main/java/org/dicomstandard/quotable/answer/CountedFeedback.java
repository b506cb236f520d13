package org.dicomstandard.quotable.answer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/**
 * Feedback as metrics ({@code quotable.feedback} by reply, channel and verdict), until a store of
 * events replaces it: any other {@link Feedback} bean wins over this one. The question is not kept.
 */
@Singleton
@Secondary
final class CountedFeedback implements Feedback {
    private final MeterRegistry metrics;

    CountedFeedback(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public void record(String replyId, String channel, boolean helpful, String question) {
        metrics.counter("quotable.feedback", "reply", replyId, "channel", channel, "helpful", Boolean.toString(helpful)).increment();
    }
}
