package org.dicomstandard.quotable.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the service answers, ours or Micronaut's (unknown route, bad parameter, server
 * error), as application/problem+json. A server error never shows its cause: the log has it
 * (a 5xx we answer on purpose with an {@link HttpProblem} shows its own message).
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemResponses implements ErrorResponseProcessor<ProblemDetails> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    public MutableHttpResponse<ProblemDetails> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        String detail;
        // An HttpProblem is a refusal we chose (e.g. 503: the Bot Framework keys cannot be read), worded for the caller: not a failure to hide.
        boolean chosen = context.getRootCause().filter(HttpProblem.class::isInstance).isPresent();
        if (status.getCode() >= 500 && !chosen) {
            context.getRootCause().ifPresent(cause -> LOG.error("Server error on {} {}", context.getRequest().getMethod(),
                    context.getRequest().getPath(), cause));
            detail = "The server could not answer this request.";
        } else {
            detail = context.getRootCause().filter(ConversionErrorException.class::isInstance)
                    .map(e -> forPeople((ConversionErrorException) e))
                    .orElse(context.getErrors().isEmpty() ? status.getReason() : context.getErrors().get(0).getMessage());
        }
        ProblemDetails problem = new ProblemDetails("about:blank", status.getReason(), status.getCode(), detail);
        return response.body(problem).contentType(ProblemDetails.MEDIA_TYPE);
    }

    /** Java's "Failed to convert argument [limit] for value [abc] due to: For input string" in words for people. */
    static String forPeople(ConversionErrorException e) {
        Class<?> type = e.getArgument().getType();
        String expected;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) expected = "a whole number";
        else if (type == boolean.class || type == Boolean.class) expected = "true or false";
        else expected = "a value of the documented form";
        return "The parameter '" + e.getArgument().getName() + "' must be " + expected + ".";
    }

    /** Maps {@link HttpProblem} through the same processor, so our errors and Micronaut's look alike. */
    @Singleton
    @Produces(ProblemDetails.MEDIA_TYPE)
    static final class HttpProblemHandler implements ExceptionHandler<HttpProblem, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        HttpProblemHandler(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, HttpProblem e) {
            MutableHttpResponse<?> response = HttpResponse.status(e.status());
            if (e.status() == HttpStatus.UNAUTHORIZED) response.header(HttpHeaders.WWW_AUTHENTICATE, e.challenge());
            return processor.processResponse(ErrorContext.builder(request).cause(e).errorMessage(e.getMessage()).build(), response);
        }
    }
}
