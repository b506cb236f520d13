package org.dicomstandard.quotable.api;

import io.micronaut.http.HttpStatus;

/** A request the API refuses, with a message for the caller; mapped once to application/problem+json. */
public final class ApiProblem extends RuntimeException {
    private final HttpStatus status;

    public ApiProblem(HttpStatus status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, detail);
    }
}
