package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Problem;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The library being served and its index, replaced atomically on reload. A reload validates the
 * files first with the same {@link LibraryValidator} as CI; a library with any error is not loaded,
 * the previous one keeps serving, and {@link #status()} says why. Searches in flight keep the index
 * they started with until they finish, so a swap never fails or half-answers a request.
 */
public final class LiveLibrary implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveLibrary.class);

    private final Path root;
    private final ServingRules rules;
    private final Clock clock;
    private final LibraryValidator validator;
    private final AtomicReference<SearchIndex> current = new AtomicReference<>();
    private volatile ReloadStatus status;
    private volatile boolean closed;

    public LiveLibrary(Path root, ServingRules rules, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.rules = rules;
        this.clock = clock;
        this.validator = new LibraryValidator(clock);
        current.set(SearchIndex.build(new Library(new Matrix(Map.of(), Map.of(), List.of(), 365), List.of()), rules));
        reload("start-up");
    }

    public Path root() {
        return root;
    }

    public ServingRules rules() {
        return rules;
    }

    public Clock clock() {
        return clock;
    }

    public ReloadStatus status() {
        return status;
    }

    /** The library being served: the snapshot the current index was built from (immutable, so no lease is needed). */
    public Library library() {
        return current.get().library();
    }

    /** Runs {@code work} against the current index, which stays open until {@code work} returns. */
    public <T> T withIndex(Function<SearchIndex, T> work) {
        while (true) {
            SearchIndex index = current.get();
            if (index.tryAcquire()) {
                try {
                    return work.apply(index);
                } finally {
                    index.release();
                }
            }
            // The index was retired between get() and tryAcquire(): retry with its successor, unless
            // there is none because the library itself was closed (shutting down).
            if (closed && current.get() == index) throw new IllegalStateException("the library is closed");
        }
    }

    /** Validates the files and, when every rule holds, swaps in a new index. One reload at a time. */
    public synchronized ReloadStatus reload(String trigger) {
        long start = System.nanoTime();
        Validation v = validator.validate(root);
        ReloadStatus previous = status;
        if (!v.ok()) {
            List<String> problems = v.errors().stream().limit(ReloadStatus.MAX_PROBLEMS).map(Problem::toText).toList();
            status = new ReloadStatus(false, trigger, clock.instant(), previous == null ? 0 : previous.replies(), problems,
                    previous == null ? null : previous.servingSince(), elapsed(start));
            LOG.warn("Library reload ({}) rejected: {} errors; the previous library keeps serving. First: {}",
                    trigger, v.errors().size(), problems.get(0));
            return status;
        }
        SearchIndex next = SearchIndex.build(v.library(), rules);
        SearchIndex old = current.getAndSet(next);
        old.close();
        status = new ReloadStatus(true, trigger, clock.instant(), v.library().files().size(), List.of(),
                clock.instant(), elapsed(start));
        LOG.info("Library loaded ({}): {} replies from {} in {} ms", trigger, status.replies(), root, status.millis());
        return status;
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public void close() {
        closed = true;
        current.get().close();
    }
}
