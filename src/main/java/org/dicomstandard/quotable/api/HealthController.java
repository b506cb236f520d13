package org.dicomstandard.quotable.api;

import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.swagger.v3.oas.annotations.Operation;
import org.dicomstandard.quotable.library.Access;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /health}: the worst status of every component (UP, DEGRADED, DOWN), so a monitor that
 * reads only the top line sees a problem. The public learns the status alone; a token holder gets
 * each component's details (which may name files, commits and rule messages of hidden replies).
 * DOWN answers 503 so a load balancer takes the replica out.
 */
@Controller
class HealthController {
    private static final Duration COMPONENT_TIMEOUT = Duration.ofSeconds(5);
    private final List<HealthIndicator> indicators;
    private final Callers callers;

    HealthController(List<HealthIndicator> indicators, Callers callers) {
        this.indicators = indicators;
        this.callers = callers;
    }

    @Operation(summary = "UP, DEGRADED (serving, with a problem to fix) or DOWN (503); details with the token")
    @Get("/health")
    HttpResponse<Map<String, Object>> health(HttpRequest<?> request) {
        boolean details = callers.of(request) == Access.INTERNAL;
        List<HealthResult> results = indicators.stream()
                .map(i -> first(i.getResult()))
                .filter(Objects::nonNull)
                .toList();
        HealthStatus worst = results.stream().map(HealthResult::getStatus)
                .max(Comparator.comparingInt(HealthController::rank)).orElse(HealthStatus.UP);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", worst.getName());
        if (details) {
            Map<String, Object> components = new LinkedHashMap<>();
            for (HealthResult r : results) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("status", r.getStatus().getName());
                c.put("details", r.getDetails());
                components.put(r.getName(), c);
            }
            body.put("details", components);
        }
        return HttpResponse.<Map<String, Object>>status(rank(worst) >= rank(HealthStatus.DOWN)
                ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK).body(body);
    }

    /** The first result a component publishes, or a DOWN result for one that fails or does not answer in time. */
    private static HealthResult first(Publisher<HealthResult> publisher) {
        CompletableFuture<HealthResult> result = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(1);
            }

            @Override
            public void onNext(HealthResult r) {
                result.complete(r);
            }

            @Override
            public void onError(Throwable t) {
                result.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                result.complete(null);
            }
        });
        try {
            return result.get(COMPONENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            return HealthResult.builder("component", HealthStatus.DOWN)
                    .details(Map.of("reason", "a health check failed or did not answer in time")).build();
        }
    }

    /** UP 0, UNKNOWN 1, DEGRADED 2 (still serving), DOWN 3: the order a monitor cares about. */
    static int rank(HealthStatus status) {
        if (HealthStatus.DOWN.equals(status) || !status.getOperational().orElse(true)) return 3;
        if (HealthStatus.UP.equals(status)) return 0;
        if (HealthStatus.UNKNOWN.equals(status)) return 1;
        return 2;
    }
}
