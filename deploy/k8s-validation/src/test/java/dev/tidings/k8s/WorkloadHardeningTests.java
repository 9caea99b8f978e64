package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every service container must have for Kubernetes to run it safely: health probes on the Quarkus endpoints,
 * bounded resources, and a locked-down security context.
 */
class WorkloadHardeningTests {

    private static final Set<String> SERVICES = Set.of("ingest-service", "enrichment-service", "query-service");

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void theThreeServicesAreDeployed(String overlay) {
        Set<String> deployed = Set.copyOf(RenderedOverlay.of(overlay).deployments().stream()
                .map(RenderedObject::name)
                .toList());
        assertEquals(SERVICES, deployed);
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void everyContainerHasLivenessReadinessAndStartupProbesOnQuarkusHealth(String overlay) {
        List<String> problems = new ArrayList<>();
        for (RenderedObject deployment : RenderedOverlay.of(overlay).deployments()) {
            for (JsonNode container : RenderedOverlay.containers(deployment)) {
                String where =
                        deployment + " container " + container.path("name").asText();
                Set<String> portNames = Set.copyOf(RenderedObject.list(container.path("ports")).stream()
                        .map(p -> p.path("name").asText())
                        .toList());
                Map.of(
                                "livenessProbe", "/q/health/live",
                                "readinessProbe", "/q/health/ready",
                                "startupProbe", "/q/health/started")
                        .forEach((probe, path) -> {
                            JsonNode httpGet = container.path(probe).path("httpGet");
                            if (!path.equals(httpGet.path("path").asText())) {
                                problems.add(where + ": " + probe + " must GET " + path);
                            } else if (!portNames.contains(httpGet.path("port").asText())) {
                                problems.add(where + ": " + probe + " uses port " + httpGet.path("port")
                                        + ", which is not a named container port");
                            }
                        });
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void everyContainerHasRequestsAndLimitsWithMemoryRequestEqualToLimit(String overlay) {
        List<String> problems = new ArrayList<>();
        for (RenderedObject deployment : RenderedOverlay.of(overlay).deployments()) {
            for (JsonNode container : RenderedOverlay.containers(deployment)) {
                String where =
                        deployment + " container " + container.path("name").asText();
                JsonNode resources = container.path("resources");
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (resources.path(bound).path(resource).asText().isEmpty()) {
                            problems.add(where + ": no " + bound + "." + resource);
                        }
                    }
                }
                // A JVM's memory does not shrink when the node runs short: request what the limit allows.
                if (!resources
                        .path("requests")
                        .path("memory")
                        .equals(resources.path("limits").path("memory"))) {
                    problems.add(where + ": memory request differs from the limit");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void everyContainerRunsNonRootOnAReadOnlyRootWithoutPrivileges(String overlay) {
        List<String> problems = new ArrayList<>();
        for (RenderedObject deployment : RenderedOverlay.of(overlay).deployments()) {
            JsonNode pod = deployment.at("/spec/template/spec");
            if (pod.path("automountServiceAccountToken").asBoolean(true)) {
                problems.add(deployment + ": mounts a service account token it has no use for");
            }
            Set<String> tmpVolumes = Set.copyOf(RenderedObject.list(pod.path("volumes")).stream()
                    .filter(v -> v.has("emptyDir"))
                    .map(v -> v.path("name").asText())
                    .toList());
            for (JsonNode container : RenderedOverlay.containers(deployment)) {
                String where =
                        deployment + " container " + container.path("name").asText();
                JsonNode security = container.path("securityContext");
                boolean runAsNonRoot = security.path("runAsNonRoot")
                        .asBoolean(
                                pod.path("securityContext").path("runAsNonRoot").asBoolean(false));
                if (!runAsNonRoot) {
                    problems.add(where + ": runAsNonRoot is not true");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(where + ": readOnlyRootFilesystem is not true");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + ": allowPrivilegeEscalation is not false");
                }
                if (!RenderedObject.list(security.path("capabilities").path("drop")).stream()
                        .anyMatch(c -> c.asText().equals("ALL"))) {
                    problems.add(where + ": capabilities do not drop ALL");
                }
                String seccomp = security.path("seccompProfile")
                        .path("type")
                        .asText(pod.path("securityContext")
                                .path("seccompProfile")
                                .path("type")
                                .asText());
                if (!seccomp.equals("RuntimeDefault")) {
                    problems.add(where + ": seccomp profile is not RuntimeDefault");
                }
                // The JVM and Vert.x write temporary files; with a read-only root they need a writable /tmp.
                boolean writableTmp = RenderedObject.list(container.path("volumeMounts")).stream()
                        .anyMatch(m -> m.path("mountPath").asText().equals("/tmp")
                                && tmpVolumes.contains(m.path("name").asText()));
                if (!writableTmp) {
                    problems.add(where + ": no emptyDir mounted at /tmp");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
