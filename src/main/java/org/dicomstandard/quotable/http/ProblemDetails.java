package org.dicomstandard.quotable.http;

import io.micronaut.serde.annotation.Serdeable;

/** RFC 9457 problem details: the body of every error response. */
@Serdeable
public record ProblemDetails(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
