package org.dicomstandard.quotable.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The unanswered-questions log: every question no approved reply answered confidently, appended
 * as one JSON line to {@code <data>/misses.jsonl} and forced to disk, so a restart loses none. It
 * holds the question, audience, language, channel and time, never who asked; e-mail addresses and
 * long numbers in the question are masked. A write that fails (a full disk) is reported through
 * {@link #problem()} for the health check and never fails the search that caused it. Writes happen on
 * one background thread, so a search never waits for the disk; {@link #close()} drains the queue.
 */
public final class MissLog implements AutoCloseable {
    public static final String FILE = "misses.jsonl";
    static final int MAX_QUESTION = 500;
    private static final Logger LOG = LoggerFactory.getLogger(MissLog.class);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d[\\d -]{5,}\\d");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]+");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One unanswered question. */
    public record Miss(Instant time, String question, String audience, String language, String channel) {
    }

    private static final int MAX_QUEUED = 100_000;

    private final Path file;
    private final Clock clock;
    private final java.util.concurrent.ExecutorService writer;
    private final java.util.concurrent.ConcurrentLinkedQueue<Miss> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger queued = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean scheduled = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile String problem;

    public MissLog(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE);
        this.clock = clock;
        this.writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "miss-log-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Waits until every question recorded so far is on disk. */
    public void flush() {
        try {
            writer.submit(this::writePending).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            // nothing more to wait for
        }
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
        try {
            writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Path file() {
        return file;
    }

    /** Why the last write failed, while it keeps failing; empty when the log is healthy. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public void record(String question, String audience, String language, String channel) {
        String q = mask(question);
        if (q.isBlank()) return;
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            problem = "the unanswered-questions log is falling behind the questions; some were not recorded";
            return;
        }
        pending.add(new Miss(clock.instant(), q, audience, language, channel));
        if (scheduled.compareAndSet(false, true)) {
            try {
                writer.execute(this::writePending);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                scheduled.set(false); // shutting down: close() has drained what it could
            }
        }
    }

    /**
     * Writes every question waiting at this moment and forces the file once: under a burst of
     * misses the disk sees one sync per batch, not one per question.
     */
    private void writePending() {
        scheduled.set(false); // a question added from now on schedules another pass
        List<Miss> batch = new ArrayList<>();
        for (Miss m = pending.poll(); m != null; m = pending.poll()) batch.add(m);
        queued.addAndGet(-batch.size());
        if (batch.isEmpty()) return;
        try {
            StringBuilder lines = new StringBuilder();
            for (Miss m : batch) lines.append(JSON.writeValueAsString(m)).append('\n');
            byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) ch.write(buffer);
                ch.force(false);
            }
            if (problem != null) {
                LOG.info("Unanswered-questions log {} is writable again", file);
                problem = null;
            }
        } catch (IOException e) {
            if (problem == null) LOG.warn("Cannot append to the unanswered-questions log {}: {}", file, e.toString());
            // Health is public: name the file, not the server's folders.
            problem = "cannot append to the unanswered-questions log (" + FILE + " in the data folder): " + e.getClass().getSimpleName();
        }
    }

    /** Masks what could identify someone (e-mail addresses, long numbers) and drops control characters. */
    static String mask(String question) {
        if (question == null) return "";
        String q = CONTROL.matcher(question).replaceAll(" ").strip();
        q = EMAIL.matcher(q).replaceAll("[email]");
        q = LONG_NUMBER.matcher(q).replaceAll("[number]");
        return q.length() > MAX_QUESTION ? q.substring(0, MAX_QUESTION) : q;
    }

    /** Every miss this log holds at or after {@code since}, including those still on their way to disk. */
    public List<Miss> since(Instant since) throws IOException {
        flush();
        return read(List.of(file.getParent()), since);
    }

    /** Every miss at or after {@code since} in the logs of the given data folders; damaged lines are skipped. */
    public static List<Miss> read(List<Path> dataDirs, Instant since) throws IOException {
        List<Miss> out = new ArrayList<>();
        for (Path dir : dataDirs) {
            Path f = dir.resolve(FILE);
            if (!Files.isRegularFile(f)) continue;
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank()) continue;
                    try {
                        Miss m = JSON.readValue(line, Miss.class);
                        if (m.time() != null && m.question() != null && !m.time().isBefore(since)) out.add(m);
                    } catch (IOException damaged) {
                        // A line cut short by a crash or a full disk: the rest of the log still counts.
                    }
                }
            }
        }
        return out;
    }
}
