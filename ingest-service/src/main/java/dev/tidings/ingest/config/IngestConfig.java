package dev.tidings.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How ingest waits for Kafka, under {@code tidings.ingest.*}. */
@ConfigMapping(prefix = "tidings.ingest")
public interface IngestConfig {

    /**
     * Upper bound on waiting for Kafka's ack. The producer's own timeouts (delivery.timeout.ms,
     * max.block.ms) should fire first; this guards the request if they do not.
     */
    @WithDefault("10s")
    Duration publishTimeout();

    /** Sent as {@code Retry-After} (seconds) when Kafka cannot take the article. */
    @WithDefault("5")
    int retryAfterSeconds();
}
