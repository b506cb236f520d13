package org.dicomstandard.quotable.sync;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Git sync's part of {@code /health}: which commit is served and, when the last sync refused a
 * commit or failed, DEGRADED (still 200: the last good library is serving) with the commit and why.
 */
@Singleton
@Requires(property = "quotable.git.remote")
final class GitHealth implements HealthIndicator {
    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED", "serving, with a problem to fix", true, 1);
    private final GitSync sync;

    GitHealth(GitSync sync) {
        this.sync = sync;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        SyncStatus s = sync.status();
        return Publishers.just(HealthResult.builder("git", s.outcome().ok() ? HealthStatus.UP : DEGRADED).details(details(s)).build());
    }

    Map<String, Object> details(SyncStatus s) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("remote", sync.clone().remote());
        details.put("branch", sync.clone().branch());
        details.put("serving", s.serving());
        details.put("remoteCommit", s.remote());
        details.put("outcome", s.outcome().name());
        details.put("at", s.at().toString());
        details.put("detail", s.detail());
        if (s.refused() != null) details.put("refusedCommit", s.refused());
        return details;
    }
}
