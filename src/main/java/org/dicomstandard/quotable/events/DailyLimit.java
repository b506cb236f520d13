package org.dicomstandard.quotable.events;

import java.util.HashSet;
import java.util.Set;

/**
 * At most so many distinct question texts a day per replica; past that, a question is counted under
 * {@link #OVER} instead of its words. A flood of made-up questions then adds counts, not rows.
 * Used by the one thread that flushes.
 */
final class DailyLimit {
    static final String OVER = "(more distinct questions than the daily limit)";
    private final int perDay;
    private final Set<String> seen = new HashSet<>();
    private long day = Long.MIN_VALUE;

    /** {@code perDay} 0 or less: no limit. */
    DailyLimit(int perDay) {
        this.perDay = perDay;
    }

    String admit(long onDay, String question) {
        if (perDay <= 0 || question.isEmpty()) return question;
        if (onDay < day) return question; // held back across midnight: that day's count is closed
        if (onDay > day) {
            day = onDay;
            seen.clear();
        }
        if (seen.contains(question)) return question;
        if (seen.size() >= perDay) return OVER;
        seen.add(question);
        return question;
    }
}
