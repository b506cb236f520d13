package org.dicomstandard.quotable.events;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: Debian's binaries, a fresh cluster in a temp folder on a free
 * loopback port, password login. Started once per test class and stopped after it. As root (CI) the
 * server runs as the {@code postgres} user, which PostgreSQL requires.
 */
public final class PostgresCluster implements AutoCloseable {
    public static final String USER = "quotable";
    public static final String PASSWORD = "pg-test-password-7d2e";
    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresCluster(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    public static PostgresCluster start() throws IOException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("quotable-pg");
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(dir.resolve("pw"), PASSWORD, StandardCharsets.UTF_8);
        if (root) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            for (Path p : List.of(dir, dir.resolve("pw"))) {
                Files.setOwner(p, users.lookupPrincipalByName("postgres"));
            }
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresCluster cluster = new PostgresCluster(bin, dir, port);
        cluster.run("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "--pwfile=" + dir.resolve("pw"), "-A", "scram-sha-256",
                "-E", "UTF8", "--locale=C", "--no-sync");
        cluster.startServer();
        cluster.createDatabase("quotable");
        return cluster;
    }

    /** The JDBC URL of a database in this cluster, without credentials. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Starts the server (again, after {@link #stopServer()}): same data, same port. */
    public void startServer() {
        // fsync=off: a stop here kills processes, not the machine, so written data stays in the OS cache.
        run("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c full_page_writes=off -c shared_buffers=16MB -c max_connections=40", "start");
    }

    /** Stops the server at once (connections are cut), as an outage would. */
    public void stopServer() {
        run("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    }

    @Override
    public void close() throws IOException {
        try {
            stopServer();
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private void run(String tool, String... args) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) command.addAll(List.of("runuser", "-u", "postgres", "--"));
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(tool + ".out").toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(tool + " did not finish in 90 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(tool + " failed (" + p.exitValue() + "): " + Files.readString(dir.resolve(tool + ".out")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + tool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The newest Debian PostgreSQL server installed; .ci/run installs one when there is none. */
    private static Path binaries() throws IOException {
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                var found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (found.isPresent()) return found.get();
            }
        }
        throw new IllegalStateException("PostgreSQL's server is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                + "apt-get install postgresql, or run .ci/run, which installs it");
    }
}
