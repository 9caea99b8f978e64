package dev.tidings.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One object of a rendered overlay, read as a JSON tree. */
record RenderedObject(JsonNode node) {

    String apiVersion() {
        return node.path("apiVersion").asText();
    }

    String kind() {
        return node.path("kind").asText();
    }

    String name() {
        return node.path("metadata").path("name").asText();
    }

    /** apiVersion and kind, the key validators are chosen by. */
    String type() {
        return apiVersion() + " " + kind();
    }

    JsonNode spec() {
        return node.path("spec");
    }

    JsonNode at(String pointer) {
        return node.at(pointer);
    }

    boolean is(String kind, String name) {
        return kind().equals(kind) && name().equals(name);
    }

    @Override
    public String toString() {
        return kind() + "/" + name();
    }

    static Map<String, String> labels(JsonNode labelsNode) {
        Map<String, String> labels = new TreeMap<>();
        labelsNode
                .fields()
                .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    static List<JsonNode> list(JsonNode arrayNode) {
        List<JsonNode> items = new ArrayList<>();
        arrayNode.forEach(items::add);
        return items;
    }
}
