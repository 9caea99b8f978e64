package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names and selectors that must line up across objects. Kubernetes accepts each of these objects alone even when it
 * points at nothing; the mistake only shows at run time as a Service with no endpoints or a policy that protects
 * nothing.
 */
class ReferenceIntegrityTests {

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void everyNamespacedObjectIsInTheOverlaysNamespace(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        String namespace = rendered.ofKind("Namespace").get(0).name();
        List<String> elsewhere = rendered.objects().stream()
                .filter(o -> !o.kind().equals("Namespace"))
                .filter(o -> !namespace.equals(o.at("/metadata/namespace").asText()))
                .map(RenderedObject::toString)
                .toList();
        assertEquals(List.of(), elsewhere, "objects outside namespace " + namespace);
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void servicesPdbsAndAutoscalersPointAtExistingWorkloads(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();

        for (RenderedObject service : rendered.ofKind("Service")) {
            List<RenderedObject> targets = podsSelectedBy(rendered, service.at("/spec/selector"));
            if (targets.size() != 1) {
                problems.add(service + " selects " + targets);
                continue;
            }
            Set<String> portNames = containerPortNames(targets.get(0));
            for (JsonNode port : service.at("/spec/ports")) {
                if (!portNames.contains(port.path("targetPort").asText())) {
                    problems.add(service + ": targetPort " + port.path("targetPort") + " is no container port");
                }
            }
        }
        for (RenderedObject budget : rendered.ofKind("PodDisruptionBudget")) {
            List<RenderedObject> targets = podsSelectedBy(rendered, budget.at("/spec/selector/matchLabels"));
            if (targets.size() != 1) {
                problems.add(budget + " selects " + targets);
            }
        }
        Map<String, String> scaledBy = new HashMap<>();
        for (RenderedObject autoscaler : rendered.objects()) {
            if (!Set.of("HorizontalPodAutoscaler", "ScaledObject").contains(autoscaler.kind())) {
                continue;
            }
            String target = autoscaler.at("/spec/scaleTargetRef/name").asText();
            if (rendered.find("Deployment", target).isEmpty()) {
                problems.add(autoscaler + " scales the missing Deployment " + target);
            } else if (scaledBy.put(target, autoscaler.toString()) != null) {
                problems.add(target + " is scaled by two autoscalers");
            }
        }
        // A replica count in the Deployment would fight the autoscaler on every apply.
        for (RenderedObject deployment : rendered.deployments()) {
            if (!scaledBy.containsKey(deployment.name())) {
                problems.add(deployment + " has no autoscaler");
            }
            if (deployment.spec().has("replicas")) {
                problems.add(deployment + " sets spec.replicas although an autoscaler owns it");
            }
            if (rendered.ofKind("PodDisruptionBudget").stream()
                    .noneMatch(b -> selects(b.at("/spec/selector/matchLabels"), podLabels(deployment)))) {
                problems.add(deployment + " has no PodDisruptionBudget");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void configMapsIngressBackendsAndMonitorsResolve(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        for (RenderedObject deployment : rendered.deployments()) {
            for (JsonNode container : RenderedOverlay.containers(deployment)) {
                for (JsonNode source : container.path("envFrom")) {
                    String configMap = source.path("configMapRef").path("name").asText();
                    if (!configMap.isEmpty()
                            && rendered.find("ConfigMap", configMap).isEmpty()) {
                        problems.add(deployment + ": ConfigMap " + configMap + " is not rendered");
                    }
                }
            }
        }
        for (RenderedObject ingress : rendered.ofKind("Ingress")) {
            for (JsonNode rule : ingress.at("/spec/rules")) {
                for (JsonNode path : rule.at("/http/paths")) {
                    JsonNode backend = path.at("/backend/service");
                    var service = rendered.find("Service", backend.path("name").asText());
                    if (service.isEmpty()) {
                        problems.add(ingress + ": backend " + backend.path("name") + " is no Service");
                    } else if (RenderedObject.list(service.get().at("/spec/ports")).stream()
                            .noneMatch(p -> p.path("name").equals(backend.at("/port/name")))) {
                        problems.add(ingress + ": " + backend + " names no port of the Service");
                    }
                }
            }
        }
        for (RenderedObject monitor : rendered.ofKind("ServiceMonitor")) {
            List<RenderedObject> services = rendered.ofKind("Service").stream()
                    .filter(s -> matches(monitor.at("/spec/selector"), RenderedObject.labels(s.at("/metadata/labels"))))
                    .toList();
            if (services.size() != 3) {
                problems.add(monitor + " selects " + services + ", expected the three services");
            }
            for (JsonNode endpoint : monitor.at("/spec/endpoints")) {
                for (RenderedObject service : services) {
                    if (RenderedObject.list(service.at("/spec/ports")).stream()
                            .noneMatch(p -> p.path("name").equals(endpoint.path("port")))) {
                        problems.add(monitor + ": " + service + " has no port " + endpoint.path("port"));
                    }
                }
                if (!endpoint.path("path").asText().equals("/q/metrics")) {
                    problems.add(monitor + ": scrapes " + endpoint.path("path") + " instead of /q/metrics");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Deny by default: each service pod is covered by an ingress and egress policy that selects it. */
    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void everyServicePodIsIsolatedAndEveryOwnPolicySelectsAPod(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        List<RenderedObject> policies = rendered.ofKind("NetworkPolicy");
        for (RenderedObject deployment : rendered.deployments()) {
            Map<String, String> labels = podLabels(deployment);
            Set<String> types = new java.util.TreeSet<>();
            policies.stream()
                    .filter(p -> matches(p.at("/spec/podSelector"), labels))
                    .forEach(p -> p.at("/spec/policyTypes").forEach(t -> types.add(t.asText())));
            if (!types.containsAll(Set.of("Ingress", "Egress"))) {
                problems.add(deployment + " is only covered for " + types);
            }
        }
        for (RenderedObject policy : policies) {
            JsonNode selector = policy.at("/spec/podSelector");
            // Policies for operator-run pods (Kafka, PostgreSQL) select pods that only exist in a cluster.
            if (selector.toString().contains("cnpg.io/") || selector.toString().contains("strimzi.io/")) {
                continue;
            }
            if (rendered.deployments().stream().noneMatch(d -> matches(selector, podLabels(d)))) {
                problems.add(policy + " selects no pod");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<RenderedObject> podsSelectedBy(RenderedOverlay rendered, JsonNode matchLabels) {
        return rendered.deployments().stream()
                .filter(d -> selects(matchLabels, podLabels(d)))
                .toList();
    }

    private static Map<String, String> podLabels(RenderedObject deployment) {
        return RenderedObject.labels(deployment.at("/spec/template/metadata/labels"));
    }

    private static Set<String> containerPortNames(RenderedObject deployment) {
        Set<String> names = new java.util.TreeSet<>();
        RenderedOverlay.containers(deployment)
                .forEach(c ->
                        c.path("ports").forEach(p -> names.add(p.path("name").asText())));
        return names;
    }

    /** matchLabels semantics: every pair present; an empty selector matches nothing here (never intended). */
    private static boolean selects(JsonNode matchLabels, Map<String, String> labels) {
        if (!matchLabels.isObject() || matchLabels.isEmpty()) {
            return false;
        }
        return RenderedObject.labels(matchLabels).entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /** A LabelSelector with matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist). */
    private static boolean matches(JsonNode selector, Map<String, String> labels) {
        boolean byLabels = !selector.has("matchLabels") || selects(selector.path("matchLabels"), labels);
        boolean byExpressions = RenderedObject.list(selector.path("matchExpressions")).stream()
                .allMatch(expression -> {
                    String value = labels.get(expression.path("key").asText());
                    Set<String> values = KafkaTopologyTests.texts(expression.path("values"));
                    return switch (expression.path("operator").asText()) {
                        case "In" -> value != null && values.contains(value);
                        case "NotIn" -> value == null || !values.contains(value);
                        case "Exists" -> value != null;
                        case "DoesNotExist" -> value == null;
                        default -> false;
                    };
                });
        boolean empty = !selector.has("matchLabels") && !selector.has("matchExpressions");
        return !empty && byLabels && byExpressions;
    }
}
