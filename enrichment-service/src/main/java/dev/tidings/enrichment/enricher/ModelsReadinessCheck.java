package dev.tidings.enrichment.enricher;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the taggers' models are loaded: an instance that answers before then would
 * take traffic it can only serve after seconds of loading.
 */
@Readiness
@Singleton
public class ModelsReadinessCheck implements HealthCheck {

    private final AtomicReference<Map<String, Duration>> loadTimes = new AtomicReference<>();

    void loaded(Map<String, Duration> taggerLoadTimes) {
        loadTimes.set(Map.copyOf(taggerLoadTimes));
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Duration> loaded = loadTimes.get();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("enrichment-models");
        if (loaded == null) {
            return response.down().withData("state", "loading").build();
        }
        loaded.forEach((tagger, time) -> response.withData(tagger + "-load-ms", time.toMillis()));
        return response.up().build();
    }
}
