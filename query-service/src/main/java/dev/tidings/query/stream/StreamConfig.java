package dev.tidings.query.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How {@code GET /v1/stream} treats its clients. */
@ConfigMapping(prefix = "tidings.query.stream")
public interface StreamConfig {
    /** How often an idle stream gets a comment line, so that proxies and clients see it is alive. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Events waiting for one client at most; a client that falls further behind is dropped. */
    @WithDefault("256")
    int bufferSize();

    /** Articles replayed at most to a client resuming with Last-Event-ID. */
    @WithDefault("1000")
    int replayLimit();
}
