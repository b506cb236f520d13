package org.dicomstandard.quotable.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reports read, on one connection: questions with their counts, daily counts per channel,
 * replies used, feedback, reloads and syncs. Each method reads events last seen at or after {@code since}.
 */
public final class EventQueries implements AutoCloseable {
    private final Connection c;

    private EventQueries(Connection c) {
        this.c = c;
    }

    /** Opens the database (creating or migrating it when needed) for reading; close it after. */
    public static EventQueries open(EventStore store) throws SQLException {
        return new EventQueries(store.read());
    }

    /** A question as asked (masked), how often in the period and when last. */
    public record QuestionRow(String question, String channel, String audience, String topic, boolean answered, long times, Instant lastAsked) {
    }

    /** How many times something happened on a day in a channel: {@code what} is answered, unanswered, served, posted, helpful or not-helpful. */
    public record DayCount(LocalDate day, String channel, String what, long times) {
    }

    /** How often a reply was served, posted or marked, per channel. */
    public record ReplyCount(String replyId, String channel, String what, long times) {
    }

    /** A question that came with "not helpful" for a reply. */
    public record Complaint(String replyId, String question, long times) {
    }

    /** Reloads and syncs by outcome. */
    public record OperationCount(String kind, String outcome, long times) {
    }

    /** The most asked questions first (at most {@code limit} different ones); only unanswered ones when asked. */
    public List<QuestionRow> questions(Instant since, boolean unansweredOnly, int limit) throws SQLException {
        String sql = "SELECT question, channel, audience, topic, answered, SUM(times) AS n, MAX(last_at) AS latest FROM asked WHERE last_at >= ?"
                + (unansweredOnly ? " AND answered = FALSE" : "")
                + " GROUP BY question, channel, audience, topic, answered ORDER BY n DESC, latest DESC LIMIT ?";
        return query(sql, List.of(EventWriter.utc(since), limit), r -> new QuestionRow(r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getBoolean(5), r.getLong(6), r.getObject(7, OffsetDateTime.class).toInstant()));
    }

    public List<DayCount> days(Instant since) throws SQLException {
        Row<DayCount> row = r -> new DayCount(r.getObject(1, LocalDate.class), r.getString(2), r.getString(3), r.getLong(4));
        List<DayCount> out = new ArrayList<>(query("SELECT on_day, channel, CASE WHEN answered THEN 'answered' ELSE 'unanswered' END,"
                + " SUM(times) FROM asked WHERE last_at >= ? GROUP BY on_day, channel, answered", List.of(EventWriter.utc(since)), row));
        out.addAll(query("SELECT on_day, channel, kind, SUM(times) FROM reply_use WHERE last_at >= ? GROUP BY on_day, channel, kind",
                List.of(EventWriter.utc(since)), row));
        return out;
    }

    public List<ReplyCount> replies(Instant since) throws SQLException {
        return query("SELECT reply_id, channel, kind, SUM(times) FROM reply_use WHERE last_at >= ? GROUP BY reply_id, channel, kind",
                List.of(EventWriter.utc(since)), r -> new ReplyCount(r.getString(1), r.getString(2), r.getString(3), r.getLong(4)));
    }

    /** The questions people gave with "not helpful", most frequent first. */
    public List<Complaint> complaints(Instant since, int limit) throws SQLException {
        return query("SELECT reply_id, question, SUM(times) AS n FROM reply_use WHERE last_at >= ? AND kind = '" + Event.Use.NOT_HELPFUL.word
                + "' AND question <> '' GROUP BY reply_id, question ORDER BY n DESC LIMIT ?", List.of(EventWriter.utc(since), limit),
                r -> new Complaint(r.getString(1), r.getString(2), r.getLong(3)));
    }

    public List<OperationCount> operations(Instant since) throws SQLException {
        return query("SELECT kind, outcome, COUNT(*) FROM operations WHERE at_time >= ? GROUP BY kind, outcome ORDER BY kind, outcome",
                List.of(EventWriter.utc(since)), r -> new OperationCount(r.getString(1), r.getString(2), r.getLong(3)));
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> params, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) s.setObject(i + 1, params.get(i));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(row.read(r));
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
