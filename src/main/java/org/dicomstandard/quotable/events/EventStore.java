package org.dicomstandard.quotable.events;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The event database: opened on first use (so the service starts while it is away), brought up to
 * date by Flyway, and fed the old {@code misses.jsonl} once. One connection writes; readers get their
 * own. Every failure is an {@link SQLException} for the caller to count; none stops the service.
 */
public final class EventStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventStore.class);
    static final String MIGRATIONS = "classpath:db/events";

    static {
        // The embedded database's server for other processes (AUTO_SERVER) listens on loopback only.
        if (System.getProperty("h2.bindAddress") == null) System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    private final EventSettings settings;
    private Connection writer;
    private volatile boolean ready;

    public EventStore(EventSettings settings) {
        this.settings = settings;
    }

    public EventSettings settings() {
        return settings;
    }

    /** A new connection for reading, after the database has been opened; the caller closes it. */
    public Connection read() throws SQLException {
        open();
        Connection c = connect();
        c.setReadOnly(true);
        return c;
    }

    /** Creates or migrates the tables and imports an old unanswered-questions log; once per process. */
    public synchronized void open() throws SQLException {
        if (ready) return;
        Properties login = login();
        try (Connection probe = connect()) {
            // The driver's own error (refused, wrong password) says more than Flyway's wrapper.
            probe.isValid(5);
        }
        MigrateResult migrated;
        try {
            migrated = Flyway.configure().dataSource(settings.url(), login.getProperty("user"), login.getProperty("password"))
                    .locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            throw new SQLException("cannot migrate the event tables: " + e.getClass().getSimpleName(), "08001", e);
        }
        try (Connection c = connect()) {
            MissesImport.run(c, settings);
        }
        ready = true;
        LOG.info("Events are recorded in the {} (tables at version {}, {} migrations applied now), {}", settings.describe(),
                migrated.targetSchemaVersion == null ? migrated.initialSchemaVersion : migrated.targetSchemaVersion, migrated.migrationsExecuted,
                settings.retention().isZero() ? "kept forever" : "kept " + describe(settings.retention()));
    }

    /** Writes one batch in one transaction: all of it or nothing, so a failed batch can be retried whole. */
    synchronized void write(List<Map.Entry<Event, Event.Tally>> batch) throws SQLException {
        inTransaction(c -> {
            EventWriter.write(c, settings.dialect(), batch);
            return batch.size();
        });
    }

    /** Deletes events last seen before {@code before}. */
    synchronized int prune(Instant before) throws SQLException {
        return inTransaction(c -> EventWriter.prune(c, before));
    }

    private interface Work {
        int run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} on the writing connection and commits. A connection kept from earlier may have
     * died meanwhile (the server restarted, H2 closed at shutdown): then once more on a new one.
     */
    private int inTransaction(Work work) throws SQLException {
        open();
        boolean fresh = writer == null;
        try {
            return commit(work);
        } catch (SQLException | RuntimeException e) {
            dropWriter();
            if (fresh) throw e;
        }
        try {
            return commit(work);
        } catch (SQLException | RuntimeException e) {
            dropWriter();
            throw e;
        }
    }

    private int commit(Work work) throws SQLException {
        Connection c = writer();
        try {
            int n = work.run(c);
            c.commit();
            return n;
        } catch (AssertionError e) {
            // PostgreSQL's driver checks its state with assert (on under -ea): a connection cut mid-batch trips it.
            throw new SQLException("the connection broke during a write", "08006", e);
        }
    }

    private static String describe(Duration d) {
        return d.toDays() >= 1 && d.toHours() % 24 == 0 ? d.toDays() + " days" : d.toSeconds() + " s";
    }

    private Connection writer() throws SQLException {
        if (writer == null || writer.isClosed()) {
            writer = connect();
            writer.setAutoCommit(false);
        }
        return writer;
    }

    /** After a failure the connection may be dead (database restarted): the next write opens a new one. */
    private void dropWriter() {
        if (writer == null) return;
        try {
            writer.rollback();
            writer.close();
        } catch (SQLException ignored) {
            // it is being replaced anyway
        }
        writer = null;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.url(), login());
    }

    private Properties login() throws SQLException {
        Properties p = new Properties();
        if (settings.user() != null) p.setProperty("user", settings.user());
        String password = settings.embedded() ? embeddedSecret(settings.data()) : settings.password();
        if (password != null) p.setProperty("password", password);
        if (settings.dialect() == Dialect.POSTGRESQL) {
            // A database that went away must fail a write in seconds, not hang the writer.
            p.setProperty("connectTimeout", "5");
            p.setProperty("socketTimeout", "30");
            p.setProperty("ApplicationName", "quotable");
        }
        return p;
    }

    /**
     * The embedded database's password: generated once into {@code events.secret}, readable by the
     * owner only, so a command run by the same user reaches the database and nobody else does.
     */
    static String embeddedSecret(Path data) throws SQLException {
        Path file = data.resolve(EventSettings.H2_SECRET);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(data);
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException raced) {
                    return Files.readString(file, StandardCharsets.US_ASCII).strip();
                }
                Files.writeString(file, secret, StandardCharsets.US_ASCII);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new SQLException("cannot read or create " + EventSettings.H2_SECRET + " in the data folder: " + e.getClass().getSimpleName(), "28000", e);
        }
    }

    @Override
    public synchronized void close() {
        if (writer == null) return;
        try {
            writer.close();
        } catch (SQLException e) {
            LOG.debug("Closing the event database connection: {}", e.toString());
        }
        writer = null;
    }
}
