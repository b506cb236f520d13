package org.dicomstandard.quotable.sync;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * The outcome of the latest git sync, for {@code /health} and the log.
 *
 * @param outcome  what happened
 * @param serving  the commit checked out and served (abbreviated)
 * @param remote   the remote branch's commit when last fetched (abbreviated), or null before any fetch
 * @param at       when the sync finished
 * @param detail   what to know or to fix, in a sentence
 * @param refused  the remote commit that was refused (rejected library or not a fast-forward), or null
 */
public record SyncStatus(Outcome outcome, String serving, @Nullable String remote, Instant at, String detail,
                         @Nullable String refused) {

    public enum Outcome {
        /** Cloned or opened; no fetch yet. */
        STARTED,
        UP_TO_DATE,
        /** Fast-forwarded and the library loaded. */
        UPDATED,
        /** Fast-forwarded, the library refused the commit, and the clone went back to the serving commit. */
        REJECTED,
        /** The remote branch does not contain the serving commit (a force push); nothing was changed. */
        NOT_FAST_FORWARD,
        /** The clone has uncommitted changes; nothing was changed. */
        LOCAL_CHANGES,
        /** The fetch (or a git operation) failed; the last good library keeps serving. */
        FAILED;

        public boolean ok() {
            return this == STARTED || this == UP_TO_DATE || this == UPDATED;
        }
    }
}
