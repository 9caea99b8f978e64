package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CloudNativePG cluster: its size, its database and roles, and how query-service reaches it. */
class DatabaseClusterTests {

    @Test
    void prodRunsThreeInstancesAndDevOne() {
        assertEquals(
                3,
                RenderedOverlay.of("prod")
                        .get("Cluster", "tidings-db")
                        .at("/spec/instances")
                        .asInt());
        assertEquals(
                1,
                RenderedOverlay.of("dev")
                        .get("Cluster", "tidings-db")
                        .at("/spec/instances")
                        .asInt());
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void theTidingsDatabaseHasAWriterAndAReaderRoleWithReferencedPasswords(String overlay) {
        RenderedObject cluster = RenderedOverlay.of(overlay).get("Cluster", "tidings-db");
        JsonNode initdb = cluster.at("/spec/bootstrap/initdb");
        assertEquals("tidings", initdb.path("database").asText());
        assertEquals("tidings_writer", initdb.path("owner").asText());
        assertEquals("tidings-db-writer", initdb.path("secret").path("name").asText());

        Map<String, String> passwordSecrets = new TreeMap<>();
        for (JsonNode role : cluster.at("/spec/managed/roles")) {
            assertEquals("present", role.path("ensure").asText(), role.toString());
            assertEquals(true, role.path("login").asBoolean(), role.toString());
            passwordSecrets.put(
                    role.path("name").asText(),
                    role.path("passwordSecret").path("name").asText());
        }
        assertEquals(
                Map.of("tidings_writer", "tidings-db-writer", "tidings_reader", "tidings-db-reader"), passwordSecrets);
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void queryServiceConnectsToThePrimaryOfThatClusterAndDatabase(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        RenderedObject query = rendered.get("Deployment", "query-service");
        Map<String, String> environment =
                rendered.environment(RenderedOverlay.containers(query).get(0));
        // CloudNativePG's <cluster>-rw Service always points at the primary, the only instance that takes writes.
        assertEquals("postgresql://tidings-db-rw:5432/tidings", environment.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals("jdbc:postgresql://tidings-db-rw:5432/tidings", environment.get("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void productionReadsFromTheReplicasAndListensOnThePrimary(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Map<String, String> environment =
                rendered.environment(RenderedOverlay.containers(rendered.get("Deployment", "query-service"))
                        .get(0));
        if (overlay.equals("prod")) {
            // <cluster>-ro balances over the hot standbys; a standby cannot LISTEN, so the stream keeps the primary.
            assertEquals(
                    "postgresql://tidings-db-ro:5432/tidings",
                    environment.get("QUARKUS_DATASOURCE_READER_REACTIVE_URL"));
            assertEquals("postgresql://tidings-db-rw:5432/tidings", environment.get("TIDINGS_QUERY_STREAM_LISTEN_URL"));
        } else {
            // One instance: reads go where writes go (the reader's URL defaults to the writer's).
            assertEquals(null, environment.get("QUARKUS_DATASOURCE_READER_REACTIVE_URL"));
        }
    }
}
