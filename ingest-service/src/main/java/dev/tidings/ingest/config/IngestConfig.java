package dev.tidings.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** How ingest waits for Kafka and whom it lets in, under {@code tidings.ingest.*}. */
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

    /**
     * The producer keys ingest accepts, each as the lower-case hex SHA-256 of the key (env {@code
     * TIDINGS_INGEST_API_KEYS}, comma-separated). Required: without it the service does not start,
     * rather than start open.
     */
    List<String> apiKeys();

    /** How fast each producer key may submit. */
    RateLimit rateLimit();

    /** How large a request body may be. */
    Limits limits();

    /** A token bucket per key: {@code burst} submissions at once, refilled at {@code perSecond}. */
    interface RateLimit {
        @WithDefault("50")
        double perSecond();

        @WithDefault("100")
        int burst();
    }

    /** Request body limits; a larger body is answered with 413 before it is read. */
    interface Limits {
        /**
         * The body of {@code POST /v1/articles}. 8 MiB holds every submission the validator accepts,
         * however it is written: a 1,000,000-character body is 3 MB of UTF-8 for CJK text, but 6 MB
         * when the producer escapes every non-ASCII character (six bytes each), as Python's {@code
         * json.dumps} does by default.
         */
        @WithDefault("8M")
        MemorySize submission();

        /**
         * The whole body of {@code POST /v1/articles/batch}. 16 MiB holds 1,000 articles of 16 KB of
         * JSON each (news articles are mostly 3 to 16 KB), and at least two of the largest; a producer
         * of whole HTML pages sends fewer per batch. Each article in it is held to {@link #submission}.
         */
        @WithDefault("16M")
        MemorySize batch();

        /** The most articles in one batch. */
        @WithDefault("1000")
        int batchArticles();

        /**
         * The bodies of the batches taken at once, by their declared length (the batch limit when
         * they declare none). A batch takes about four times its body in heap while it is read,
         * checked and published; one that would go over this waits for none: it is answered 503
         * with Retry-After, as when Kafka is busy. A batch alone is always taken.
         */
        @WithDefault("32M")
        MemorySize batchesInFlight();
    }
}
