package org.dicomstandard.quotable.events;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** What a running service has recorded, read back for assertions (after writing what waits in memory). */
public final class Recorded {
    private Recorded() {
    }

    public static List<EventQueries.QuestionRow> questions(Events events, Instant since, boolean unansweredOnly) throws SQLException {
        events.flush();
        try (EventQueries q = EventQueries.open(events.store())) {
            return q.questions(since, unansweredOnly, 1000);
        }
    }

    public static List<EventQueries.ReplyCount> replies(Events events, Instant since) throws SQLException {
        events.flush();
        try (EventQueries q = EventQueries.open(events.store())) {
            return q.replies(since);
        }
    }
}
