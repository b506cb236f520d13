package org.dicomstandard.quotable.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Brings the unanswered-questions log of earlier versions ({@code misses.jsonl} in the data folder)
 * into the database, once: the file's SHA-256 is recorded in the same transaction as its questions,
 * so a crash imports all or nothing and a restart never imports twice. A damaged line (cut short,
 * not JSON, not UTF-8) is skipped and counted. Afterwards the file is renamed {@code misses.jsonl.imported}.
 */
final class MissesImport {
    static final String FILE = "misses.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(MissesImport.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 5_000;

    private MissesImport() {
    }

    /** What an import did. */
    record Result(long imported, long skipped) {
    }

    static void run(Connection c, EventSettings settings) throws SQLException {
        Path file = settings.data().resolve(FILE);
        if (!Files.isRegularFile(file)) return;
        try {
            String sha = sha256(file);
            if (alreadyImported(c, sha)) {
                LOG.info("{} was imported before; it is not imported again", FILE);
                setAside(file, sha);
                return;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Result r = load(c, settings.dialect(), file);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO imports (sha256, name, at_time, imported, skipped) VALUES (?, ?, ?, ?, ?)")) {
                    s.setString(1, sha);
                    s.setString(2, FILE);
                    s.setObject(3, EventWriter.utc(Instant.now()));
                    s.setLong(4, r.imported());
                    s.setLong(5, r.skipped());
                    s.executeUpdate();
                }
                c.commit();
                LOG.info("Imported {} unanswered questions from {} into the event database ({} damaged lines skipped)",
                        r.imported(), FILE, r.skipped());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            setAside(file, sha);
        } catch (IOException e) {
            // The import is retried at the next start; the file stays where it is.
            LOG.warn("Cannot import {} from the data folder: {}", FILE, e.toString());
        }
    }

    /** Renames the imported file, never over an earlier one. */
    private static void setAside(Path file, String sha) throws IOException {
        Path target = file.resolveSibling(FILE + ".imported");
        if (Files.exists(target)) target = file.resolveSibling(FILE + ".imported-" + sha.substring(0, 12));
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads the file line by line (bytes first, so one bad line cannot spoil the next) and writes it in batches. */
    static Result load(Connection c, Dialect dialect, Path file) throws IOException, SQLException {
        long imported = 0;
        long skipped = 0;
        Map<Event, Event.Tally> batch = new HashMap<>();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            for (byte[] line = nextLine(in); line != null; line = nextLine(in)) {
                if (line.length == 0) continue;
                Map.Entry<Event, Event.Tally> miss = parse(line, utf8);
                if (miss == null) {
                    skipped++;
                    continue;
                }
                batch.merge(miss.getKey(), miss.getValue(), Event.Tally::plus);
                imported++;
                if (batch.size() >= BATCH) flush(c, dialect, batch);
            }
        }
        flush(c, dialect, batch);
        return new Result(imported, skipped);
    }

    private static Map.Entry<Event, Event.Tally> parse(byte[] line, CharsetDecoder utf8) {
        try {
            JsonNode n = JSON.readTree(utf8.decode(ByteBuffer.wrap(line)).toString());
            String question = Questions.mask(text(n, "question"));
            String time = text(n, "time");
            if (question == null || question.isBlank() || time == null) return null;
            Instant at = Instant.parse(time);
            String channel = text(n, "channel");
            Event.Asked key = new Event.Asked(Event.day(at), channel == null ? "unknown" : channel, question, text(n, "audience"),
                    text(n, "language"), null, false);
            return Map.entry(key, new Event.Tally(1, at, 0));
        } catch (IOException | DateTimeParseException e) { // not UTF-8, not JSON, or no readable time
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static void flush(Connection c, Dialect dialect, Map<Event, Event.Tally> batch) throws SQLException {
        if (batch.isEmpty()) return;
        List<Map.Entry<Event, Event.Tally>> entries = new ArrayList<>(batch.entrySet());
        EventWriter.write(c, dialect, entries);
        batch.clear();
    }

    /** The next line's bytes without its '\n' (and '\r'); null at the end. */
    private static byte[] nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(160);
        int b = in.read();
        if (b < 0) return null;
        while (b >= 0 && b != '\n') {
            line.write(b);
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') end--;
        return end == bytes.length ? bytes : Arrays.copyOf(bytes, end);
    }

    private static boolean alreadyImported(Connection c, String sha) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM imports WHERE sha256 = ?")) {
            s.setString(1, sha);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
