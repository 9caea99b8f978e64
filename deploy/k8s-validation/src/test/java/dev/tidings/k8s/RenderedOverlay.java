package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Look-ups over one rendered overlay. */
record RenderedOverlay(String name, List<RenderedObject> objects) {

    static RenderedOverlay of(String overlay) {
        return new RenderedOverlay(overlay, RenderedManifests.of(overlay));
    }

    List<RenderedObject> ofKind(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    Optional<RenderedObject> find(String kind, String objectName) {
        return objects.stream().filter(o -> o.is(kind, objectName)).findFirst();
    }

    RenderedObject get(String kind, String objectName) {
        return find(kind, objectName).orElseGet(() -> fail(name + " renders no " + kind + "/" + objectName));
    }

    List<RenderedObject> deployments() {
        return ofKind("Deployment");
    }

    static List<JsonNode> containers(RenderedObject deployment) {
        return RenderedObject.list(deployment.at("/spec/template/spec/containers"));
    }

    /**
     * The environment a container starts with: its envFrom ConfigMaps first, then env entries, as the kubelet
     * resolves them. Values from Secrets appear as "secret:NAME/KEY".
     */
    Map<String, String> environment(JsonNode container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                String configMap = source.path("configMapRef").path("name").asText();
                get("ConfigMap", configMap)
                        .node()
                        .path("data")
                        .fields()
                        .forEachRemaining(
                                e -> environment.put(e.getKey(), e.getValue().asText()));
            } else if (source.has("secretRef")) {
                environment.put(
                        "*", "secret:" + source.path("secretRef").path("name").asText() + "/*");
            }
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secretKey = variable.path("valueFrom").path("secretKeyRef");
            environment.put(
                    variable.path("name").asText(),
                    secretKey.isMissingNode()
                            ? variable.path("value").asText()
                            : "secret:" + secretKey.path("name").asText() + "/"
                                    + secretKey.path("key").asText());
        }
        return environment;
    }

    @Override
    public String toString() {
        return name;
    }
}
