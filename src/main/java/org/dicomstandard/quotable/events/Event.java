package org.dicomstandard.quotable.events;

import java.time.Instant;

/**
 * What the recorder counts. Equal events on the same UTC day are one row with a counter, so a
 * question asked a thousand times costs one row, not a thousand.
 */
sealed interface Event permits Event.Asked, Event.Used, Event.Op {

    /** A question (masked) and what it got; {@code day} is the UTC epoch day. */
    record Asked(long day, String channel, String question, String audience, String language, String topic, boolean answered)
            implements Event {
    }

    /** A reply served, posted to a channel, or marked helpful or not (with the question, when the caller gave it). */
    record Used(long day, Use use, String replyId, String channel, String question) implements Event {
    }

    /** A library reload or git sync; rare, so one row each. */
    record Op(Instant at, String kind, String outcome, String detail) implements Event {
    }

    /** What happened to a reply; the stored word is {@link #word}. */
    enum Use {
        SERVED("served"), POSTED("posted"), HELPFUL("helpful"), NOT_HELPFUL("not-helpful");

        final String word;

        Use(String word) {
            this.word = word;
        }
    }

    /** How often an event happened, when last, and the confidence of the last answer (questions only). */
    record Tally(long times, Instant last, double confidence) {
        Tally plus(Tally later) {
            boolean newer = !later.last.isBefore(last);
            return new Tally(times + later.times, newer ? later.last : last, newer ? later.confidence : confidence);
        }
    }

    static long day(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 86_400L);
    }
}
