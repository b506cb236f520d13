package org.dicomstandard.quotable.api;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.search.MeaningStatus;
import org.dicomstandard.quotable.search.ReloadStatus;
import org.dicomstandard.quotable.search.SearchIndex;
import org.reactivestreams.Publisher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The library's part of {@code /health}: DOWN when no library is serving; DEGRADED (still 200)
 * when the last reload was rejected, with why. The event database reports in
 * {@link org.dicomstandard.quotable.events.EventsHealth}.
 */
@Singleton
final class HealthReport implements HealthIndicator {
    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED", "serving, with a problem to fix", true, 1);
    private final AnswerService answers;

    HealthReport(AnswerService answers) {
        this.answers = answers;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        ReloadStatus reload = answers.library().status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("replies", reload.replies());
        details.put("servingSince", reload.servingSince() == null ? null : reload.servingSince().toString());
        details.put("lastReload", Map.of("accepted", reload.accepted(), "trigger", reload.trigger(), "at", reload.at().toString(),
                "millis", reload.millis()));
        HealthStatus status = HealthStatus.UP;
        if (!reload.accepted()) {
            details.put("reason", reload.serving()
                    ? "the last reload was rejected; the previous library keeps serving"
                    : "no valid library has been loaded");
            details.put("problems", reload.problems());
            status = reload.serving() ? DEGRADED : HealthStatus.DOWN;
        }
        // Without the embedding model search still answers, by words only: worth a look, not an outage.
        MeaningStatus meaning = answers.library().withIndex(SearchIndex::meaning);
        details.put("searchByMeaning", meaning.available() ? meaning.model() : "off: " + meaning.reason());
        if (!meaning.available() && status == HealthStatus.UP) status = DEGRADED;
        return Publishers.just(HealthResult.builder("library", status).details(details).build());
    }
}
