package org.dicomstandard.quotable.api;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /prometheus} for token holders only: JVM and request figures tell an outsider more than
 * they should. Micronaut's own management endpoints are off (application.yml).
 */
@Controller
class MetricsController {
    private final PrometheusMeterRegistry registry;
    private final Callers callers;

    MetricsController(PrometheusMeterRegistry registry, Callers callers) {
        this.registry = registry;
        this.callers = callers;
    }

    @Hidden
    @Get("/prometheus")
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    String scrape(HttpRequest<?> request) {
        callers.requireToken(request);
        return registry.scrape();
    }
}
