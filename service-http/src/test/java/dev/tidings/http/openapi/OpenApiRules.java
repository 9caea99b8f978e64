package dev.tidings.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What client generators and {@code @redocly/cli lint}'s recommended rules need of a service's
 * OpenAPI document, checked in Java, so that a machine without node (where the openapi-lint profile
 * does not run) still catches a regression: every operation has a unique operationId and says what
 * security it needs, every parameter and header has a schema, tags have descriptions, the licence has
 * a url and there is a server that is not a placeholder.
 */
public final class OpenApiRules {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiRules() {}

    /** @return one line per broken rule, empty when the document keeps them all */
    public static List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        if (document.path("info").path("license").path("url").asText("").isBlank()) {
            violations.add("info.license has no url");
        }
        JsonNode servers = document.path("servers");
        if (!servers.isArray() || servers.isEmpty()) {
            violations.add("no servers");
        }
        for (JsonNode server : servers) {
            String url = server.path("url").asText("").toLowerCase(Locale.ROOT);
            if (url.isBlank() || url.contains("localhost") || url.contains("example.com")) {
                violations.add("server url '" + url + "' is a placeholder");
            }
        }
        for (JsonNode tag : document.path("tags")) {
            if (tag.path("description").asText("").isBlank()) {
                violations.add("tag " + tag.path("name").asText() + " has no description");
            }
        }
        Set<String> operationIds = new HashSet<>();
        operations(document).forEach((where, operation) -> {
            String operationId = operation.path("operationId").asText("");
            if (operationId.isBlank()) {
                violations.add(where + " has no operationId");
            } else if (!operationIds.add(operationId)) {
                violations.add(where + " repeats operationId " + operationId);
            }
            if (!operation.path("security").isArray()
                    && !document.path("security").isArray()) {
                violations.add(where + " does not say what security it needs");
            }
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(document, parameter);
                if (!typed(resolved)) {
                    violations.add(where + " parameter " + resolved.path("name").asText() + " has no schema");
                }
            }
            operation
                    .path("responses")
                    .fields()
                    .forEachRemaining(response -> response.getValue()
                            .path("headers")
                            .fields()
                            .forEachRemaining(header -> {
                                if (!typed(resolve(document, header.getValue()))) {
                                    violations.add(where + " response " + response.getKey() + " header "
                                            + header.getKey() + " has no schema");
                                }
                            }));
        });
        return violations;
    }

    /** Every operation of the document, by {@code "METHOD /path"}. */
    public static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.put(
                                method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
                    }
                }));
        return operations;
    }

    /** The operation with this operationId; fails when there is none. */
    public static JsonNode operation(JsonNode document, String operationId) {
        return operations(document).values().stream()
                .filter(operation ->
                        operationId.equals(operation.path("operationId").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + operationId));
    }

    /** The operation's parameters, with references to the document's components resolved, by name. */
    public static Map<String, JsonNode> parameters(JsonNode document, JsonNode operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(document, parameter);
            parameters.put(resolved.path("name").asText(), resolved);
        }
        return parameters;
    }

    /** A local reference ({@code #/components/...}) followed, anything else as it is. */
    public static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static boolean typed(JsonNode parameterOrHeader) {
        return parameterOrHeader.hasNonNull("schema") || parameterOrHeader.hasNonNull("content");
    }
}
