package org.dicomstandard.quotable.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one way every channel records what happened: a call costs a map update and never waits for
 * the database. Equal events are counted together in memory and written in batches (see
 * {@link #flush()}); while the database is away they stay in memory up to a bound, past which new
 * kinds of event are dropped and counted, and {@link #status()} says why. Never who asked: no user
 * ids, names or addresses come in, and questions are masked before they are written.
 */
public final class Events implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Events.class);
    private static final int MAX_DETAIL = 1000;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final EventStore store;
    private final Clock clock;
    private final int capacity;
    private final DailyLimit daily;
    private final ConcurrentHashMap<Event, Event.Tally> pending = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private volatile String problem;
    private volatile Instant lastWrite;
    private Instant retryAt = Instant.MIN;
    private int failures;
    private final Object syncLock = new Object();
    private Event.Op lastSync;
    private boolean closed;

    /**
     * @param capacity        how many different events may wait in memory while the database is away
     * @param questionsPerDay how many distinct question texts a day are kept word for word (0: all)
     */
    public Events(EventStore store, Clock clock, int capacity, int questionsPerDay) {
        this.store = store;
        this.clock = clock;
        this.capacity = capacity;
        this.daily = new DailyLimit(questionsPerDay);
    }

    /** A question and its answer: the top topic, how confident (0-1), whether a reply was given. */
    public void asked(String channel, String question, String audience, String language, String topTopic, double confidence, boolean answered) {
        if (question == null || question.isBlank()) return;
        Instant now = clock.instant();
        add(new Event.Asked(Event.day(now), channel, question, audience, language, topTopic, answered), new Event.Tally(1, now, confidence));
    }

    /** A reply shown to whoever asked. */
    public void served(String replyId, String channel) {
        use(Event.Use.SERVED, replyId, channel, "");
    }

    /** A reply posted to a channel for everyone there (Slack's "Post to channel"). */
    public void posted(String replyId, String channel) {
        use(Event.Use.POSTED, replyId, channel, "");
    }

    /** Helpful or not, with the question the reply answered when known. */
    public void feedback(String replyId, String channel, boolean helpful, String question) {
        use(helpful ? Event.Use.HELPFUL : Event.Use.NOT_HELPFUL, replyId, channel, question == null ? "" : question);
    }

    /** A library reload: accepted or rejected, and why. */
    public void reload(String outcome, String detail) {
        operation("reload", outcome, detail, false);
    }

    /** A git sync; repeats of the same outcome and detail (the periodic "up to date") are not recorded again. */
    public void sync(String outcome, String detail) {
        operation("sync", outcome, detail, true);
    }

    private void use(Event.Use use, String replyId, String channel, String question) {
        if (replyId == null || replyId.isBlank()) return;
        Instant now = clock.instant();
        add(new Event.Used(Event.day(now), use, replyId, channel, question), new Event.Tally(1, now, 0));
    }

    /** Never on the writer's lock: a reload or sync must not wait for the database. */
    private void operation(String kind, String outcome, String detail, boolean skipRepeats) {
        String d = detail == null ? "" : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        Event.Op op = new Event.Op(clock.instant(), kind, outcome, d);
        if (skipRepeats) {
            synchronized (syncLock) {
                if (lastSync != null && lastSync.outcome().equals(outcome) && lastSync.detail().equals(d)) return;
                lastSync = op;
            }
        }
        add(op, new Event.Tally(1, op.at(), 0));
    }

    private void add(Event key, Event.Tally tally) {
        if (pending.size() >= capacity && !pending.containsKey(key)) {
            dropped.addAndGet(tally.times());
            return;
        }
        pending.merge(key, tally, Event.Tally::plus);
    }

    /** For the timer: writes unless a recent failure asks to wait a little longer. */
    public synchronized void tick() {
        if (closed || clock.instant().isBefore(retryAt)) return;
        flush();
    }

    /** Writes everything recorded so far; false when the database could not take it (it stays in memory). */
    public synchronized boolean flush() {
        List<Map.Entry<Event, Event.Tally>> batch = drain();
        try {
            if (batch.isEmpty()) store.open();
            else store.write(batch);
            lastWrite = clock.instant();
            if (problem != null) {
                LOG.info("Events are written again to the {}; {} were dropped while it could not take them", store.settings().describe(), dropped.get());
            }
            problem = null;
            failures = 0;
            return true;
        } catch (SQLException | RuntimeException e) {
            for (Map.Entry<Event, Event.Tally> kept : batch) pending.merge(kept.getKey(), kept.getValue(), Event.Tally::plus);
            failed(e);
            return false;
        }
    }

    /** Deletes events older than the retention period; nothing when events are kept forever. */
    public int prune() {
        Duration keep = store.settings().retention();
        if (keep.isZero()) return 0;
        try {
            int n = store.prune(clock.instant().minus(keep));
            if (n > 0) LOG.info("Deleted {} event rows older than {} days", n, keep.toDays());
            return n;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Cannot delete old events from the {}: {}; trying again at the next run", store.settings().describe(), message(e));
            return 0;
        }
    }

    /** The recorder's health: a problem while the database cannot take events, and what was dropped since start. */
    public record Status(String database, String problem, int pending, long dropped, Instant lastWrite) {
        public boolean ok() {
            return problem == null;
        }
    }

    public Status status() {
        return new Status(store.settings().dialect().label, problem, pending.size(), dropped.get(), lastWrite);
    }

    public EventStore store() {
        return store;
    }

    /** Takes what is waiting: masked, limited, equal events merged. */
    private List<Map.Entry<Event, Event.Tally>> drain() {
        Map<Event, Event.Tally> batch = new HashMap<>();
        for (Event key : pending.keySet()) {
            Event.Tally t = pending.remove(key);
            if (t != null) batch.merge(normalise(key), t, Event.Tally::plus);
        }
        return new ArrayList<>(batch.entrySet());
    }

    private Event normalise(Event e) {
        if (e instanceof Event.Asked q) {
            return new Event.Asked(q.day(), q.channel(), daily.admit(q.day(), Questions.mask(q.question())), q.audience(), q.language(),
                    q.topic(), q.answered());
        }
        if (e instanceof Event.Used u && !u.question().isEmpty()) {
            return new Event.Used(u.day(), u.use(), u.replyId(), u.channel(), daily.admit(u.day(), Questions.mask(u.question())));
        }
        return e;
    }

    private void failed(Exception e) {
        failures++;
        long wait = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(failures - 1, 5));
        retryAt = clock.instant().plusMillis(wait);
        String reason = reason(e);
        if (!reason.equals(problem)) { // once per kind of failure, not every second
            LOG.warn("Cannot write events to the {}: {}. Answering goes on; up to {} kinds of event wait in memory and it is tried again",
                    store.settings().describe(), message(e), capacity);
        }
        problem = reason;
    }

    /** For /health, which anyone may read: what is wrong in general words, no host, path or credential. */
    static String reason(Throwable e) {
        Throwable t = deepestSql(e);
        String state = t instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
        String what;
        if (state.startsWith("08")) what = "cannot be reached";
        else if (state.startsWith("28")) what = "refused the login";
        else if (state.startsWith("53")) what = "is out of space or resources";
        else if (state.startsWith("57")) what = "is shutting down or was stopped";
        else what = "failed (" + (state.isEmpty() ? t.getClass().getSimpleName() : "SQL state " + state) + ")";
        return "the event database " + what + "; events wait in memory";
    }

    /** For the log: the driver's words, with the password taken out should a driver ever repeat it. */
    private String message(Exception e) {
        String m = String.valueOf(deepestSql(e).getMessage());
        String password = store.settings().password();
        return password != null && password.length() >= 4 ? m.replace(password, "***") : m;
    }

    /** The driver's own exception under any wrapper (Flyway's, ours); the exception itself when there is none. */
    private static Throwable deepestSql(Throwable e) {
        Throwable found = e;
        for (Throwable c = e; c != null; c = c.getCause()) if (c instanceof SQLException) found = c;
        return found;
    }

    /** Writes what is left (a last try) and closes the database connection. */
    @Override
    public synchronized void close() {
        closed = true;
        if (!pending.isEmpty() && !flush()) {
            LOG.warn("{} kinds of event could not be written before shutdown and are lost", pending.size());
        }
        store.close();
    }
}
