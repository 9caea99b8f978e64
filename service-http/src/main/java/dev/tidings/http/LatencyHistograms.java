package dev.tidings.http;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Publishes histogram buckets ({@code _seconds_bucket}) for the HTTP server's timer and for
 * Tidings' own {@code tidings.*} timers, so that Prometheus can compute p95 and p99 across pods
 * (deploy/k8s/observability/grafana-dashboard.json does). Micrometer's default bucket range for a
 * timer, 1 ms to 30 s, fits every stage's latency.
 */
@Singleton
public class LatencyHistograms {

    static boolean wanted(Meter.Id id) {
        return id.getType() == Meter.Type.TIMER
                && (id.getName().equals("http.server.requests") || id.getName().startsWith("tidings."));
    }

    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!wanted(id)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .build()
                        .merge(config);
            }
        };
    }
}
