package org.dicomstandard.quotable.events;

import org.dicomstandard.quotable.library.Durations;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the events live: PostgreSQL when {@code QUOTABLE_DB_URL} is set (shared by every replica),
 * otherwise an H2 file under {@code QUOTABLE_DATA}. Credentials may ride in the URL's query
 * ({@code ?user=…&password=…}); they are taken out of it, so the URL can be logged, and
 * {@code QUOTABLE_DB_USER} / {@code QUOTABLE_DB_PASSWORD} win over them.
 *
 * @param url       the JDBC URL without credentials
 * @param retention how long events are kept; zero keeps them forever
 * @param embedded  the H2 file in {@code data}, whose password is generated into {@code events.secret} there
 */
public record EventSettings(Dialect dialect, String url, String user, String password, Path data, Duration retention, boolean embedded) {
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(365);
    /** The embedded database's files in the data folder: {@code events.mv.db}, and its generated password. */
    static final String H2_NAME = "events";
    static final String H2_SECRET = "events.secret";
    static final String H2_USER = "quotable";

    /** Reads the service's settings; blank values mean "not set". Throws {@link IllegalArgumentException} with what is wrong. */
    public static EventSettings of(String url, String user, String password, Path data, String retention) {
        Duration keep = retention == null || retention.isBlank() ? DEFAULT_RETENTION : Durations.setting("QUOTABLE_RETENTION", retention);
        Path dir = data.toAbsolutePath().normalize();
        if (url == null || url.isBlank()) return embedded(dir, keep);
        String u = url.strip();
        Dialect dialect = Dialect.of(u);
        List<String> kept = new ArrayList<>();
        String fromUrlUser = null;
        String fromUrlPassword = null;
        // PostgreSQL puts options after '?', joined by '&'; H2 after ';'.
        char sep = dialect == Dialect.POSTGRESQL ? '&' : ';';
        int start = dialect == Dialect.POSTGRESQL ? u.indexOf('?') : u.indexOf(';');
        String base = start < 0 ? u : u.substring(0, start);
        if (start >= 0) {
            for (String option : u.substring(start + 1).split(sep == '&' ? "&" : ";")) {
                String name = option.contains("=") ? option.substring(0, option.indexOf('=')).toLowerCase(Locale.ROOT) : option;
                String value = option.contains("=") ? decode(option.substring(option.indexOf('=') + 1), dialect) : "";
                if (name.equals("user")) fromUrlUser = value;
                else if (name.equals("password")) fromUrlPassword = value;
                else if (!option.isEmpty()) kept.add(option);
            }
        }
        String clean = kept.isEmpty() ? base : base + (dialect == Dialect.POSTGRESQL ? "?" : ";") + String.join(String.valueOf(sep), kept);
        return new EventSettings(dialect, clean, blank(user) ? fromUrlUser : user, blank(password) ? fromUrlPassword : password, dir, keep, false);
    }

    /** The same variables as the service: {@code QUOTABLE_DB_URL}, {@code QUOTABLE_DB_USER}, {@code QUOTABLE_DB_PASSWORD}, {@code QUOTABLE_DATA}, {@code QUOTABLE_RETENTION}. */
    public static EventSettings fromEnvironment(Function<String, String> env) {
        String data = env.apply("QUOTABLE_DATA");
        return of(env.apply("QUOTABLE_DB_URL"), env.apply("QUOTABLE_DB_USER"), env.apply("QUOTABLE_DB_PASSWORD"),
                Path.of(blank(data) ? "data" : data), env.apply("QUOTABLE_RETENTION"));
    }

    /** The embedded database in {@code data}: one process opens the file, others (the CLI) reach it through that process. */
    public static EventSettings embedded(Path data, Duration retention) {
        Path dir = data.toAbsolutePath().normalize();
        // AUTO_SERVER: the first process opens the file and serves it to others (the misses and report
        // commands while the service runs). No trace file: errors go to our log.
        String url = "jdbc:h2:file:" + dir.resolve(H2_NAME) + ";AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=0";
        return new EventSettings(Dialect.H2, url, H2_USER, null, dir, retention, true);
    }

    /** For logs: the database and where, never a credential. */
    public String describe() {
        if (embedded) return "embedded H2 database " + data.resolve(H2_NAME + ".mv.db");
        String where = url.replaceFirst("^jdbc:[a-z0-9]+:(//)?", "").replaceAll("[?;].*$", "").replaceAll("^[^@/]*@", "");
        return dialect.label + " at " + where;
    }

    @Override
    public String toString() {
        return "EventSettings[" + describe() + ", user=" + (user == null ? "(none)" : user) + ", password=" + (password == null ? "(none)" : "(set)")
                + ", retention=" + retention + "]";
    }

    private static String decode(String value, Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? URLDecoder.decode(value, StandardCharsets.UTF_8) : value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
