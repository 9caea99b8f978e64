package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service starts with every setting it reads from the environment, consistent with its container. */
class ServiceConfigurationTests {

    private static final List<String> EVERY_SERVICE = List.of(
            "KAFKA_BOOTSTRAP_SERVERS",
            "KAFKA_SECURITY_PROTOCOL",
            "KAFKA_SSL_TRUSTSTORE_LOCATION",
            "KAFKA_SSL_TRUSTSTORE_PASSWORD",
            "KAFKA_SSL_KEYSTORE_LOCATION",
            "KAFKA_SSL_KEYSTORE_PASSWORD",
            "QUARKUS_HTTP_PORT",
            "QUARKUS_OTEL_SDK_DISABLED",
            "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT",
            "QUARKUS_LOG_CONSOLE_JSON_ENABLED",
            "JAVA_OPTS");

    private static final Map<String, List<String>> PER_SERVICE = Map.of(
            "ingest-service", List.of("TIDINGS_QUERY_BASE_URL", "TIDINGS_INGEST_API_KEYS"),
            "enrichment-service", List.of(),
            "query-service",
                    List.of(
                            "QUARKUS_DATASOURCE_REACTIVE_URL",
                            "QUARKUS_DATASOURCE_JDBC_URL",
                            "QUARKUS_DATASOURCE_USERNAME",
                            "QUARKUS_DATASOURCE_PASSWORD",
                            "QUARKUS_DATASOURCE_READER_USERNAME",
                            "QUARKUS_DATASOURCE_READER_PASSWORD"));

    private static final Map<String, String> HEAP =
            Map.of("ingest-service", "-Xmx256m", "enrichment-service", "-Xmx3g", "query-service", "-Xmx384m");

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void everyServiceGetsTheSettingsItReads(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        for (RenderedObject deployment : rendered.deployments()) {
            JsonNode container = RenderedOverlay.containers(deployment).get(0);
            Map<String, String> environment = rendered.environment(container);
            List<String> expected = new ArrayList<>(EVERY_SERVICE);
            expected.addAll(PER_SERVICE.get(deployment.name()));
            for (String name : expected) {
                if (environment.getOrDefault(name, "").isBlank()) {
                    problems.add(deployment + ": " + name + " is not set");
                }
            }
            String port = container.at("/ports/0/containerPort").asText();
            if (!port.equals(environment.get("QUARKUS_HTTP_PORT"))) {
                problems.add(deployment + ": QUARKUS_HTTP_PORT " + environment.get("QUARKUS_HTTP_PORT")
                        + " but the container port is " + port);
            }
            if (!environment.getOrDefault("JAVA_OPTS", "").contains(HEAP.get(deployment.name()))) {
                problems.add(deployment + ": JAVA_OPTS lacks " + HEAP.get(deployment.name()));
            }
            // Kafka clients must use the TLS listener with the files the secret volumes mount.
            Set<String> mounted = Set.copyOf(RenderedObject.list(container.path("volumeMounts")).stream()
                    .map(m -> m.path("mountPath").asText())
                    .toList());
            for (String location : List.of("KAFKA_SSL_TRUSTSTORE_LOCATION", "KAFKA_SSL_KEYSTORE_LOCATION")) {
                String file = environment.getOrDefault(location, "");
                if (mounted.stream().noneMatch(dir -> file.startsWith(dir + "/"))) {
                    problems.add(deployment + ": " + location + " " + file + " is not on a mounted volume");
                }
            }
            if (!"SSL".equals(environment.get("KAFKA_SECURITY_PROTOCOL"))) {
                problems.add(deployment + ": Kafka traffic is not TLS");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void prodLogsJsonAndDevLogsText(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (RenderedObject deployment : rendered.deployments()) {
            assertEquals(
                    overlay.equals("prod") ? "true" : "false",
                    rendered.environment(RenderedOverlay.containers(deployment).get(0))
                            .get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"),
                    overlay + " " + deployment);
        }
    }

    /** The services leave OpenTelemetry off unless told otherwise; in the cluster they export traces. */
    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void everyOverlayExportsTraces(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (RenderedObject deployment : rendered.deployments()) {
            Map<String, String> environment =
                    rendered.environment(RenderedOverlay.containers(deployment).get(0));
            assertEquals("false", environment.get("QUARKUS_OTEL_SDK_DISABLED"), overlay + " " + deployment);
            assertTrue(
                    environment
                            .getOrDefault("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "")
                            .startsWith("http"),
                    overlay + " " + deployment);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void eachServiceUsesItsOwnKafkaUserCertificate(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Map<String, String> users = Map.of(
                "ingest-service", "tidings-ingest",
                "enrichment-service", "tidings-enrichment",
                "query-service", "tidings-query");
        for (RenderedObject deployment : rendered.deployments()) {
            String user = users.get(deployment.name());
            rendered.get("KafkaUser", user);
            Map<String, String> environment =
                    rendered.environment(RenderedOverlay.containers(deployment).get(0));
            assertEquals("secret:" + user + "/user.password", environment.get("KAFKA_SSL_KEYSTORE_PASSWORD"));
            List<String> keystoreVolumes = RenderedObject.list(deployment.at("/spec/template/spec/volumes")).stream()
                    .filter(v -> v.path("secret").path("secretName").asText().equals(user))
                    .map(v -> v.path("name").asText())
                    .toList();
            assertEquals(List.of("kafka-user"), keystoreVolumes, deployment + " mounts " + user);
        }
    }
}
