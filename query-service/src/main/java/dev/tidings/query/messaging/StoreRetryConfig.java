package dev.tidings.query.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the consumer waits for the database when a write fails for a reason that passes. */
@ConfigMapping(prefix = "tidings.query.store-retry")
public interface StoreRetryConfig {
    /** The wait before the first retry; it doubles, with jitter, up to {@link #maxBackoff()}. */
    @WithDefault("250ms")
    Duration initialBackoff();

    /** The longest wait between two tries. There is no last try: the record waits for the database. */
    @WithDefault("10s")
    Duration maxBackoff();
}
