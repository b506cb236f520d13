package org.dicomstandard.quotable.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches {@code audiences.yaml} and everything under {@code snippets/} and reloads the library
 * once the files have been quiet for a moment ({@code quotable.watch-quiet}, 500 ms), so an editor's
 * save or a {@code git pull} that touches many files causes one reload, not one per file, and a file
 * written in pieces is validated whole. (Editors should still write atomically: a pause longer than
 * the quiet period looks like a finished file; a half that is not valid YAML is rejected anyway.)
 */
public final class LibraryWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryWatcher.class);

    private final LiveLibrary library;
    private final long quietMillis;
    private final WatchService watch;
    private final Thread thread;
    private volatile boolean running = true;

    public LibraryWatcher(LiveLibrary library, long quietMillis) throws IOException {
        this.library = library;
        this.quietMillis = quietMillis;
        this.watch = FileSystems.getDefault().newWatchService();
        registerAll();
        this.thread = new Thread(this::run, "library-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Watching {} for changes to the library", library.root());
    }

    private void registerAll() throws IOException {
        register(library.root());
        Path snippets = library.root().resolve("snippets");
        if (Files.isDirectory(snippets)) {
            try (Stream<Path> dirs = Files.walk(snippets)) {
                for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) register(dir);
            }
        }
    }

    private void register(Path dir) throws IOException {
        dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void run() {
        while (running) {
            try {
                WatchKey key = watch.take();
                boolean relevant = drain(key);
                // Wait until the burst of events is over, then reload once.
                WatchKey more;
                while ((more = watch.poll(quietMillis, TimeUnit.MILLISECONDS)) != null || recentlyModified()) {
                    if (more != null) relevant |= drain(more);
                }
                if (relevant) {
                    registerAll(); // new topic folders
                    library.reload("file change");
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.error("Library watcher failed to reload; the previous library keeps serving", e);
            }
        }
    }

    /** Events can be coalesced or late: also wait while any library file's modification time is within the quiet period. */
    private boolean recentlyModified() throws IOException {
        long since = System.currentTimeMillis() - quietMillis;
        Path snippets = library.root().resolve("snippets");
        if (modifiedAfter(library.root().resolve("audiences.yaml"), since)) return true;
        if (!Files.isDirectory(snippets)) return false;
        try (Stream<Path> files = Files.walk(snippets)) {
            return files.anyMatch(f -> modifiedAfter(f, since));
        }
    }

    private static boolean modifiedAfter(Path file, long millis) {
        try {
            return Files.getLastModifiedTime(file).toMillis() > millis;
        } catch (IOException gone) {
            return false;
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            relevant |= changed.startsWith(library.root().resolve("snippets"))
                    || changed.equals(library.root().resolve("audiences.yaml"));
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        running = false;
        watch.close();
        thread.interrupt();
    }
}
