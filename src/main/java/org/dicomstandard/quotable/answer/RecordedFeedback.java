package org.dicomstandard.quotable.answer;

import jakarta.inject.Singleton;
import org.dicomstandard.quotable.events.Events;

/** Feedback from the bots' buttons into the event store (it wins over {@link CountedFeedback}); the store masks the question. */
@Singleton
final class RecordedFeedback implements Feedback {
    private final Events events;

    RecordedFeedback(Events events) {
        this.events = events;
    }

    @Override
    public void record(String replyId, String channel, boolean helpful, String question) {
        events.feedback(replyId, channel, helpful, question);
    }
}
