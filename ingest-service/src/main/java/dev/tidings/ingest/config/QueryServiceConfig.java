package dev.tidings.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** Where query-service is: ingest's setting, under {@code tidings.ingest.query.*}. */
@ConfigMapping(prefix = "tidings.ingest.query")
public interface QueryServiceConfig {

    /**
     * Base URL of query-service as clients reach it; the {@code Location} of an accepted article
     * points under it, where the article will be served once it has gone through the pipeline.
     */
    @WithDefault("http://localhost:8083")
    URI baseUrl();
}
