package org.dicomstandard.quotable.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The SQL that adds a batch of events to the tables and prunes old ones; the caller owns the transaction. */
final class EventWriter {
    private static final List<String> ASKED = List.of("qkey", "on_day", "channel", "question", "audience", "language", "topic",
            "answered", "confidence", "times", "last_at");
    private static final List<String> USED = List.of("ukey", "on_day", "kind", "reply_id", "channel", "question", "times", "last_at");

    private EventWriter() {
    }

    /**
     * Writes the batch, rows in key order: two replicas writing the same rows lock them in the same
     * order and so never deadlock.
     */
    static void write(Connection c, Dialect dialect, List<Map.Entry<Event, Event.Tally>> batch) throws SQLException {
        List<Map.Entry<String, Map.Entry<Event, Event.Tally>>> keyed = new ArrayList<>(batch.size());
        for (Map.Entry<Event, Event.Tally> e : batch) keyed.add(Map.entry(key(e.getKey()), e));
        keyed.sort(Map.Entry.comparingByKey());
        try (PreparedStatement asked = c.prepareStatement(dialect.upsert("asked", "qkey", ASKED, List.of("confidence")));
             PreparedStatement used = c.prepareStatement(dialect.upsert("reply_use", "ukey", USED, List.of()));
             PreparedStatement op = c.prepareStatement("INSERT INTO operations (at_time, kind, outcome, detail) VALUES (?, ?, ?, ?)")) {
            int[] counts = new int[3];
            for (Map.Entry<String, Map.Entry<Event, Event.Tally>> k : keyed) {
                Event.Tally t = k.getValue().getValue();
                if (k.getValue().getKey() instanceof Event.Asked q) {
                    bind(asked, k.getKey(), LocalDate.ofEpochDay(q.day()), q.channel(), q.question(), q.audience(), q.language(), q.topic(),
                            q.answered(), (float) t.confidence(), t.times(), utc(t.last()));
                    asked.addBatch();
                    counts[0]++;
                } else if (k.getValue().getKey() instanceof Event.Used r) {
                    bind(used, k.getKey(), LocalDate.ofEpochDay(r.day()), r.use().word, r.replyId(), r.channel(), r.question(), t.times(),
                            utc(t.last()));
                    used.addBatch();
                    counts[1]++;
                } else if (k.getValue().getKey() instanceof Event.Op x) {
                    bind(op, utc(x.at()), x.kind(), x.outcome(), x.detail());
                    op.addBatch();
                    counts[2]++;
                }
            }
            if (counts[0] > 0) asked.executeBatch();
            if (counts[1] > 0) used.executeBatch();
            if (counts[2] > 0) op.executeBatch();
        }
    }

    /** The row key: the same event gives the same key on every replica; operations have none (one row each). */
    private static String key(Event e) {
        if (e instanceof Event.Asked q) return hash(q.day(), q.channel(), q.question(), q.audience(), q.language(), q.topic(), q.answered());
        if (e instanceof Event.Used r) return hash(r.day(), r.use().word, r.replyId(), r.channel(), r.question());
        return "";
    }

    /** Deletes events last seen before {@code before}; returns how many rows went. */
    static int prune(Connection c, Instant before) throws SQLException {
        int n = 0;
        for (String sql : List.of("DELETE FROM asked WHERE last_at < ?", "DELETE FROM reply_use WHERE last_at < ?",
                "DELETE FROM operations WHERE at_time < ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, utc(before));
                n += s.executeUpdate();
            }
        }
        return n;
    }

    private static String hash(Object... fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object f : fields) {
                sha.update(String.valueOf(f).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Both drivers take java.time; an instant goes as UTC, whatever the JVM's or session's zone. */
    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) s.setNull(i + 1, Types.VARCHAR);
            else s.setObject(i + 1, v);
        }
    }
}
