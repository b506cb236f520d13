package org.dicomstandard.quotable.sync;


import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** The weekly reminder's schedule, as a plain function a test can call; each {@link ReminderSink} renders the list in its own format. */
public final class ReviewReminder {
    private ReviewReminder() {
    }

    /** The first {@code day} at {@code time} in {@code zone} strictly after {@code now}. */
    public static Instant nextRun(Instant now, DayOfWeek day, LocalTime time, ZoneId zone) {
        ZonedDateTime here = now.atZone(zone);
        ZonedDateTime candidate = here.with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (!candidate.isAfter(here)) candidate = here.with(TemporalAdjusters.next(day)).with(time);
        return candidate.toInstant();
    }
}
