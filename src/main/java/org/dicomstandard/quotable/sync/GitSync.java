package org.dicomstandard.quotable.sync;

import org.dicomstandard.quotable.search.LiveLibrary;
import org.dicomstandard.quotable.search.ReloadStatus;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Keeps the served library at the tip of the remote branch: fetch, fast-forward, reload through
 * the library's validate-then-swap, then publish provenance. Runs on one background thread, so
 * webhooks answer at once and syncs never overlap; requests that arrive while one is waiting are
 * folded into it. A periodic fetch covers webhooks that never arrived.
 */
public final class GitSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GitSync.class);

    private final GitClone clone;
    private final LiveLibrary library;
    private final Provenance provenance;
    private final Duration fetchInterval;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor worker;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong requests = new AtomicLong();
    private volatile SyncStatus status;
    /** The last refusal, repeated (not retried) while the remote branch stays at the refused commit. */
    private SyncStatus refusal;

    /** Null without GitHub access: approvals then stay unverified. */
    private final ReviewVerification verification;

    public GitSync(GitClone clone, LiveLibrary library, Provenance provenance, Duration fetchInterval, Clock clock) {
        this(clone, library, provenance, fetchInterval, clock, null);
    }

    GitSync(GitClone clone, LiveLibrary library, Provenance provenance, Duration fetchInterval, Clock clock, ReviewVerification verification) {
        this.verification = verification;
        this.clone = clone;
        this.library = library;
        this.provenance = provenance;
        this.fetchInterval = fetchInterval;
        this.clock = clock;
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "git-sync");
            t.setDaemon(true);
            return t;
        });
        this.status = new SyncStatus(SyncStatus.Outcome.STARTED, serving(), null, clock.instant(),
                "serving the clone as found at start-up", null);
    }

    /** Publishes provenance of the clone as loaded at start-up, then fetches now and every {@code fetchInterval}. */
    public void start() {
        publishProvenance();
        request("start-up");
        if (!fetchInterval.isZero() && !fetchInterval.isNegative()) {
            long every = fetchInterval.toMillis();
            worker.scheduleWithFixedDelay(() -> request("periodic fetch"), every, every, TimeUnit.MILLISECONDS);
            LOG.info("Git sync of {} ({}) into {}: fetching every {} s", clone.remote(), clone.branch(), clone.dir(), fetchInterval.toSeconds());
        } else {
            LOG.info("Git sync of {} ({}) into {}: no periodic fetch, webhooks only", clone.remote(), clone.branch(), clone.dir());
        }
    }

    /** Asks for a sync in the background and returns at once. */
    public void request(String reason) {
        requests.incrementAndGet();
        if (queued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    queued.set(false); // a request from now on needs another run: this one may have fetched already
                    sync(reason);
                });
            } catch (RejectedExecutionException e) {
                queued.set(false);
                LOG.info("Git sync ({}) not started: the service is shutting down", reason);
            }
        }
    }

    /** How many syncs were asked for since start-up (by webhook, timer or start-up). */
    public long requests() {
        return requests.get();
    }

    /** Waits until every sync asked for so far has finished. */
    public void awaitIdle(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public SyncStatus status() {
        return status;
    }

    public GitClone clone() {
        return clone;
    }

    /** Fetches and, when the remote moved forward, fast-forwards and reloads. Serialised; safe to call from tests. */
    public synchronized SyncStatus sync(String reason) {
        ObjectId head = null;
        ObjectId target = null;
        try {
            head = clone.head();
            target = clone.fetch();
            status = decide(reason, head, target);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Git sync ({}) failed; the last good library keeps serving: {}", reason, GitConfiguration.redact(e.getMessage()));
            status = new SyncStatus(SyncStatus.Outcome.FAILED, GitClone.abbreviate(head), target == null ? null : GitClone.abbreviate(target),
                    clock.instant(), GitConfiguration.redact(e.getMessage()), refusal == null ? null : refusal.refused());
        }
        return status;
    }

    private SyncStatus decide(String reason, ObjectId head, ObjectId target) throws IOException {
        String from = GitClone.abbreviate(head);
        String to = GitClone.abbreviate(target);
        if (target.equals(head)) {
            refusal = null;
            return result(SyncStatus.Outcome.UP_TO_DATE, head, target, "serving the tip of " + clone.branch(), null);
        }
        if (refusal != null && to.equals(refusal.refused())) {
            // Already refused and reported; keep saying so until the remote branch moves on.
            return new SyncStatus(refusal.outcome(), from, to, clock.instant(), refusal.detail(), refusal.refused());
        }
        if (!clone.isFastForward(head, target)) {
            String detail = "origin/" + clone.branch() + " at " + to + " does not contain the serving commit " + from
                    + " (was the branch force-pushed?); nothing was changed. Quotable never merges or resets: restore the"
                    + " branch, or re-clone into an empty library folder";
            LOG.error("Git sync ({}) refused {}: {}", reason, to, detail);
            refusal = result(SyncStatus.Outcome.NOT_FAST_FORWARD, head, target, detail, to);
            return refusal;
        }
        Set<String> changed = clone.localChanges();
        if (!changed.isEmpty()) {
            String detail = "the clone has uncommitted changes (" + changed.stream().sorted().limit(5).collect(Collectors.joining(", "))
                    + "); they are not overwritten, so " + to + " waits. Commit them upstream or discard them by hand";
            LOG.error("Git sync ({}) did not fast-forward to {}: {}", reason, to, detail);
            return result(SyncStatus.Outcome.LOCAL_CHANGES, head, target, detail, null);
        }
        LOG.info("Git sync ({}): fast-forwarding {} from {} to {}", reason, clone.branch(), from, to);
        clone.fastForward(target);
        ReloadStatus loaded = library.reload("git " + to + " (" + reason + ")");
        if (loaded.accepted()) {
            publishProvenance();
            refusal = null;
            return result(SyncStatus.Outcome.UPDATED, target, target, "loaded " + to + ": " + loaded.replies() + " replies in "
                    + loaded.millis() + " ms", null);
        }
        clone.undoFastForward(head);
        String detail = "commit " + to + " was rejected by validation (first problem: "
                + loaded.problems().stream().findFirst().orElse("?") + "); the clone is back at " + from + ", which keeps serving";
        LOG.warn("Git sync ({}): {}", reason, detail);
        refusal = result(SyncStatus.Outcome.REJECTED, head, target, detail, to);
        return refusal;
    }

    private SyncStatus result(SyncStatus.Outcome outcome, ObjectId serving, ObjectId remote, String detail, String refused) {
        return new SyncStatus(outcome, GitClone.abbreviate(serving), GitClone.abbreviate(remote), clock.instant(), detail, refused);
    }

    /** Reads the history behind the served files and hands it to {@link Provenance}, keyed by reply id. */
    private void publishProvenance() {
        try {
            long start = System.nanoTime();
            Map<String, String> idByPath = library.library().files().stream()
                    .collect(Collectors.toMap(f -> f.path(), f -> f.snippet().id(), (a, b) -> a));
            Map<String, Provenance.Entry> byPath = History.lastChanges(clone.repository(), clone.head(), idByPath.keySet());
            Map<String, Provenance.Entry> byId = byPath.entrySet().stream().collect(Collectors.toMap(e -> idByPath.get(e.getKey()),
                    Map.Entry::getValue, (a, b) -> a));
            provenance.publish(byId);
            if (verification != null) {
                // GitHub may be slow: after this sync, on the same thread, so start-up and webhooks never wait for it
                worker.execute(() -> provenance.publishVerified(verification.verify(library.withIndex(i -> i.library()), byId)));
            }
            LOG.debug("Provenance of {} replies read in {} ms", byPath.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the provenance of the replies from git; answers show the YAML's approval only", e);
        }
    }

    private String serving() {
        try {
            return GitClone.abbreviate(clone.head());
        } catch (IOException e) {
            return "(unknown)";
        }
    }

    /** Lets a sync in progress finish, so a shutdown never leaves a half-checked-out clone. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) worker.shutdownNow();
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
