package org.dicomstandard.quotable.http;

import io.micronaut.http.HttpStatus;

/** A request the service refuses, with a message for the caller; mapped once to application/problem+json ({@link ProblemDetails}). */
public final class HttpProblem extends RuntimeException {
    private final HttpStatus status;
    private final String challenge;

    public HttpProblem(HttpStatus status, String detail) {
        this(status, detail, "Bearer");
    }

    private HttpProblem(HttpStatus status, String detail, String challenge) {
        super(detail, null, false, false);
        this.status = status;
        this.challenge = challenge;
    }

    public HttpStatus status() {
        return status;
    }

    /** The WWW-Authenticate scheme a 401 names: Bearer for the API, HMAC for the Teams webhook. */
    public String challenge() {
        return challenge;
    }

    public static HttpProblem unauthorized(String detail, String scheme) {
        return new HttpProblem(HttpStatus.UNAUTHORIZED, detail, scheme);
    }

    public static HttpProblem badRequest(String detail) {
        return new HttpProblem(HttpStatus.BAD_REQUEST, detail);
    }

    /** A channel switched off on this server: 404 for every channel (Slack, Teams, Bot Framework, GitHub), with why it is off. */
    public static HttpProblem channelOff(String detail) {
        return new HttpProblem(HttpStatus.NOT_FOUND, detail);
    }

    public static HttpProblem notFound(String detail) {
        return new HttpProblem(HttpStatus.NOT_FOUND, detail);
    }
}
