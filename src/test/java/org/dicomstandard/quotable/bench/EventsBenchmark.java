package org.dicomstandard.quotable.bench;

import org.dicomstandard.quotable.events.EventSettings;
import org.dicomstandard.quotable.events.EventStore;
import org.dicomstandard.quotable.events.Events;
import org.dicomstandard.quotable.events.PostgresCluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Disk used by the events per million questions, on the embedded H2 file and on PostgreSQL: every
 * question different (the worst case, daily limit off), and a flood of different questions under
 * the default daily limit. Also the time to write them. Run:
 * <pre>bench/events.sh [QUESTIONS]</pre>   (default 1,000,000)
 */
public final class EventsBenchmark {
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final int BATCH = 10_000;

    private EventsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf("java %s, %d cores; %,d questions of ~%d characters, one day%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), n, question(n).length());
        for (int limit : new int[]{0, 10_000}) {
            Path h2 = Files.createTempDirectory("quotable-events-bench");
            long ms = record(EventSettings.embedded(h2, Duration.ZERO), n, limit);
            long bytes = Files.size(h2.resolve("events.mv.db"));
            print("H2 (events.mv.db)", limit, n, bytes, ms);
        }
        try (PostgresCluster pg = PostgresCluster.start()) {
            for (int limit : new int[]{0, 10_000}) {
                String db = "bench" + limit;
                pg.createDatabase(db);
                EventSettings settings = EventSettings.of(pg.url(db), PostgresCluster.USER, PostgresCluster.PASSWORD, Path.of("."), "0");
                long ms = record(settings, n, limit);
                long bytes;
                try (EventStore store = new EventStore(settings); Connection c = store.read(); Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT pg_total_relation_size('asked')")) {
                    r.next();
                    bytes = r.getLong(1);
                }
                print("PostgreSQL (table asked, with indexes)", limit, n, bytes, ms);
            }
        }
    }

    /** Records {@code n} different questions through the same API the channels use, writing every 10,000 like the timer would. */
    private static long record(EventSettings settings, int n, int limit) {
        long start = System.nanoTime();
        try (Events events = new Events(new EventStore(settings), DAY, BATCH * 2, limit)) {
            for (int i = 0; i < n; i++) {
                events.asked("api", question(i), i % 3 == 0 ? "journalists" : null, "en", i % 2 == 0 ? "why-dicom-security" : null,
                        0.5, i % 2 == 0);
                if (i % BATCH == BATCH - 1 && !events.flush()) throw new IllegalStateException(events.status().problem());
            }
            if (!events.flush()) throw new IllegalStateException(events.status().problem());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String question(int i) {
        return "is dicom to blame for the leaked images at hospital number " + Integer.toString(i, 36);
    }

    private static void print(String where, int limit, int n, long bytes, long ms) {
        System.out.printf("%-40s daily limit %-6s %,14d bytes = %,6.1f MB per million questions; written in %,d ms (%,.0f questions/s)%n",
                where, limit == 0 ? "off" : Integer.toString(limit), bytes, bytes * (1_000_000.0 / n) / 1e6, ms, n * 1000.0 / ms);
    }
}
