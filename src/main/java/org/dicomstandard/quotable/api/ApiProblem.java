package org.dicomstandard.quotable.api;

import io.micronaut.http.HttpStatus;

/** A request the API refuses, with a message for the caller; mapped once to application/problem+json. */
public final class ApiProblem extends RuntimeException {
    private final HttpStatus status;
    private final String challenge;

    public ApiProblem(HttpStatus status, String detail) {
        this(status, detail, "Bearer");
    }

    private ApiProblem(HttpStatus status, String detail, String challenge) {
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

    public static ApiProblem unauthorized(String detail, String scheme) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, detail, scheme);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, detail);
    }

    /** A channel switched off on this server: 404 for every channel (Slack, Teams, GitHub), with why it is off. */
    public static ApiProblem channelOff(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, detail);
    }
}
