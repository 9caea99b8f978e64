package dev.tidings.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at a real Kafka broker and a real PostgreSQL (see {@link
 * LocalInfra}). Use it with {@code @WithTestResource(LocalInfraTestResource.class)}.
 */
public class LocalInfraTestResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return LocalInfra.quarkusConfig();
    }

    @Override
    public void stop() {
        // The broker and database live as long as the test JVM, shared by every test class.
    }
}
