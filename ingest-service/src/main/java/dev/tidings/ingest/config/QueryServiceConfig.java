package dev.tidings.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** Where query-service is, under {@code tidings.query.*}. */
@ConfigMapping(prefix = "tidings.query")
public interface QueryServiceConfig {

    /**
     * Base URL of query-service as clients reach it; the {@code Location} of an accepted article
     * points under it, where the article will be served once it has gone through the pipeline.
     */
    @WithDefault("http://localhost:8083")
    URI baseUrl();
}
