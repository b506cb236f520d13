package org.dicomstandard.quotable.github;

/**
 * GitHub could not be asked or said no. The message is for people: it names the request and what to
 * do, never the token.
 *
 * @see #status() the HTTP status, or 0 when no answer came
 */
public final class GitHubException extends RuntimeException {
    private final int status;

    public GitHubException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Not our fault and worth retrying later: GitHub failed, or did not answer. */
    public boolean transientFailure() {
        return status == 0 || status >= 500 || status == 429;
    }
}
