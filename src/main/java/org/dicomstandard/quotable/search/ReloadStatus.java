package org.dicomstandard.quotable.search;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of the latest attempt to load the library.
 *
 * @param accepted  whether that attempt was loaded; when false the previous library keeps serving
 * @param trigger   what caused it: start-up, a file change, a git commit…
 * @param at        when it finished
 * @param replies   replies in the library now serving
 * @param problems  the first validation errors of a rejected attempt, as {@code path:line: rule: message}
 * @param servingSince when the library now serving was loaded, or null when none ever was
 */
public record ReloadStatus(boolean accepted, String trigger, Instant at, int replies, List<String> problems,
                           Instant servingSince, long millis) {
    public static final int MAX_PROBLEMS = 10;

    public ReloadStatus {
        problems = List.copyOf(problems);
    }

    /** Whether any library is serving at all. */
    public boolean serving() {
        return servingSince != null;
    }
}
