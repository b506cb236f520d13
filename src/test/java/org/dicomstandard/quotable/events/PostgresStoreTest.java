package org.dicomstandard.quotable.events;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store on a real PostgreSQL server, started for this class: sharing, credentials, outages, import. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStoreTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    PostgresCluster pg;
    int databases;
    @TempDir
    Path data;

    @BeforeAll
    void start() throws Exception {
        pg = PostgresCluster.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (pg != null) pg.close();
    }

    /** A fresh database for a test, and settings for it with the credentials in the variables. */
    EventSettings fresh() {
        String name = "t" + (++databases);
        pg.createDatabase(name);
        return EventSettings.of(pg.url(name), PostgresCluster.USER, PostgresCluster.PASSWORD, data, "30d");
    }

    static List<EventQueries.QuestionRow> questions(EventStore store) throws SQLException {
        try (EventQueries q = EventQueries.open(store)) {
            return q.questions(Instant.EPOCH, false, 100);
        }
    }

    @Test
    void two_replicas_counting_the_same_questions_at_once_lose_nothing() throws Exception {
        EventSettings settings = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> done = new ArrayList<>();
        List<Events> replicas = List.of(new Events(new EventStore(settings), CLOCK, 1000, 0), new Events(new EventStore(settings), CLOCK, 1000, 0));
        for (Events replica : replicas) {
            done.add(pool.submit((Callable<Boolean>) () -> {
                boolean ok = true;
                for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < 10; i++) replica.asked("api", "question " + i, null, "en", "topic-" + i, 0.7, true);
                    replica.served("reply-" + round % 3, "api");
                    ok &= replica.flush(); // both write the same rows at the same time, in batches
                }
                return ok;
            }));
        }
        for (Future<Boolean> f : done) assertThat(f.get()).isTrue();
        pool.shutdown();
        replicas.forEach(Events::close);
        try (EventStore store = new EventStore(settings)) {
            List<EventQueries.QuestionRow> rows = questions(store);
            assertThat(rows).hasSize(10).allSatisfy(r -> assertThat(r.times()).isEqualTo(40));
            try (EventQueries q = EventQueries.open(store)) {
                assertThat(q.replies(Instant.EPOCH).stream().mapToLong(EventQueries.ReplyCount::times).sum()).isEqualTo(40);
            }
        }
    }

    @Test
    void credentials_may_ride_in_the_url_and_never_show() throws Exception {
        EventSettings inUrl = EventSettings.of(fresh().url() + "?user=" + PostgresCluster.USER + "&password=" + PostgresCluster.PASSWORD
                + "&ApplicationName=q", null, null, data, null);
        assertThat(inUrl.url()).doesNotContain(PostgresCluster.PASSWORD).endsWith("?ApplicationName=q");
        assertThat(inUrl.toString() + inUrl.describe()).doesNotContain(PostgresCluster.PASSWORD);
        assertThat(inUrl.describe()).isEqualTo("PostgreSQL at 127.0.0.1:" + inUrl.url().replaceAll(".*:(\\d+)/.*", "$1") + "/t" + databases);
        Events events = new Events(new EventStore(inUrl), CLOCK, 100, 0);
        events.asked("slack", "is dicom insecure", null, null, null, 0, false);
        assertThat(events.flush()).isTrue();
        events.close();

        EventSettings wrong = EventSettings.of(inUrl.url(), PostgresCluster.USER, "not-the-password", data, null);
        Events refused = new Events(new EventStore(wrong), CLOCK, 100, 0);
        refused.asked("slack", "is dicom insecure", null, null, null, 0, false);
        assertThat(refused.flush()).isFalse();
        assertThat(refused.status().problem()).isEqualTo("the event database refused the login; events wait in memory");
        refused.close();
    }

    @Test
    void a_database_that_goes_away_and_comes_back_gets_every_event_held_meanwhile() throws Exception {
        EventSettings settings = fresh();
        Events events = new Events(new EventStore(settings), CLOCK, 100, 0);
        events.asked("api", "before the outage", null, null, null, 0, false);
        assertThat(events.flush()).isTrue();
        pg.stopServer();
        try {
            events.asked("api", "during the outage", null, null, null, 0, false);
            events.asked("api", "during the outage", null, null, null, 0, false);
            events.posted("reply-a", "slack");
            assertThat(events.flush()).isFalse();
            assertThat(events.status().problem()).isEqualTo("the event database cannot be reached; events wait in memory");
            assertThat(events.status().pending()).isEqualTo(2);
        } finally {
            pg.startServer();
        }
        events.asked("api", "after the outage", null, null, null, 0, false);
        assertThat(events.flush()).isTrue(); // the writer's old connection is dead: a new one is opened
        assertThat(events.status().ok()).isTrue();
        assertThat(events.status().dropped()).isZero();
        events.close();
        try (EventStore store = new EventStore(settings)) {
            assertThat(questions(store)).extracting(EventQueries.QuestionRow::question, EventQueries.QuestionRow::times).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("during the outage", 2L), org.assertj.core.groups.Tuple.tuple("before the outage", 1L),
                    org.assertj.core.groups.Tuple.tuple("after the outage", 1L));
        }
    }

    @Test
    void an_old_log_is_imported_into_the_shared_database_and_old_events_are_pruned() throws Exception {
        Files.write(data.resolve("misses.jsonl"), MissesImportTest.damagedLog());
        EventSettings settings = fresh();
        Events events = new Events(new EventStore(settings), Clock.offset(CLOCK, Duration.ofDays(-40)), 100, 0);
        events.asked("api", "a question from long ago", null, null, null, 0, false);
        assertThat(events.flush()).isTrue();
        events.close();
        try (EventStore store = new EventStore(settings)) {
            assertThat(questions(store)).extracting(EventQueries.QuestionRow::question)
                    .containsExactlyInAnyOrder("what is the DICOM tag for birth date", "a question from long ago");
        }
        Events later = new Events(new EventStore(settings), CLOCK, 100, 0);
        assertThat(later.prune()).isEqualTo(1); // retention 30 days: the imported questions of 2026-11-2x stay
        later.close();
        try (EventStore store = new EventStore(settings)) {
            assertThat(questions(store)).extracting(EventQueries.QuestionRow::question).containsExactly("what is the DICOM tag for birth date");
        }
    }
}
