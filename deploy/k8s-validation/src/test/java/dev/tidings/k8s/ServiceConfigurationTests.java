package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
            "ingest-service", List.of("TIDINGS_INGEST_QUERY_BASE_URL", "TIDINGS_INGEST_API_KEYS"),
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

    /**
     * Every {@code TIDINGS_*} variable a deployment sets is a setting of its own service, under the
     * service's prefix ({@code tidings.ingest.*}, {@code tidings.enrichment.*}, {@code tidings.query.*}):
     * a setting renamed in the code but not here would be set under its old name and silently ignored.
     */
    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void everyTidingsVariableIsASettingOfItsOwnService(String overlay) throws IOException {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        for (RenderedObject deployment : rendered.deployments()) {
            String prefix =
                    "TIDINGS_" + deployment.name().replace("-service", "").toUpperCase(Locale.ROOT) + "_";
            Set<String> settings = settingsAsVariables(deployment.name());
            for (String name : rendered.environment(
                            RenderedOverlay.containers(deployment).get(0))
                    .keySet()) {
                if (name.startsWith("TIDINGS_") && (!name.startsWith(prefix) || !settings.contains(name))) {
                    problems.add(deployment + ": " + name + " is no setting of " + deployment.name()
                            + " (its settings: " + settings + ")");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The service's {@code tidings.*} settings in application.properties, as environment variable names. */
    private static Set<String> settingsAsVariables(String service) throws IOException {
        Path file = RenderedManifests.repoRoot().resolve(service + "/src/main/resources/application.properties");
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            // A profile's setting (%test.tidings.…) is the same setting.
            String key = line.strip().replaceFirst("^%[a-z]+\\.", "");
            if (key.startsWith("tidings.") && key.contains("=")) {
                names.add(key.substring(0, key.indexOf('='))
                        .strip()
                        .toUpperCase(Locale.ROOT)
                        .replaceAll("[^A-Z0-9]", "_"));
            }
        }
        return names;
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
