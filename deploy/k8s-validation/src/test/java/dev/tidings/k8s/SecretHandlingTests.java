package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Secrets are referenced, never committed: no Secret object is rendered, credentials reach the pods only through
 * secretKeyRef or secret volumes, every referenced Secret is either made by an operator or documented in the README
 * with the command that creates it, and no file under deploy/k8s holds anything that looks like a credential.
 */
class SecretHandlingTests {

    /** Secrets that Strimzi creates: the cluster CA's public part, and one per KafkaUser. */
    private static final String CLUSTER_CA_SECRET = "tidings-kafka-cluster-ca-cert";

    private static final Pattern SECRET_LOOKING_NAME =
            Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|API_KEY|CREDENTIAL|PRIVATE).*");

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void noSecretObjectIsRendered(String overlay) {
        assertEquals(List.of(), RenderedOverlay.of(overlay).ofKind("Secret"));
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void credentialsReachContainersOnlyFromSecrets(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        for (RenderedObject configMap : rendered.ofKind("ConfigMap")) {
            configMap.node().path("data").fieldNames().forEachRemaining(key -> {
                if (SECRET_LOOKING_NAME.matcher(key).matches()) {
                    problems.add(configMap + " holds " + key);
                }
            });
        }
        for (RenderedObject deployment : rendered.deployments()) {
            for (JsonNode container : RenderedOverlay.containers(deployment)) {
                rendered.environment(container).forEach((name, value) -> {
                    if (SECRET_LOOKING_NAME.matcher(name).matches() && !value.startsWith("secret:")) {
                        problems.add(deployment + ": " + name + " is set from a literal or a ConfigMap");
                    }
                });
                // Secrets the services need, by the key the service reads them under.
                Map<String, String> environment = rendered.environment(container);
                if (deployment.name().equals("ingest-service")) {
                    assertEquals(
                            "secret:tidings-ingest-api-keys/api-key-hashes",
                            environment.get("TIDINGS_INGEST_API_KEYS"),
                            overlay + ": ingest's API key hashes");
                }
                if (deployment.name().equals("query-service")) {
                    assertEquals("secret:tidings-db-writer/username", environment.get("QUARKUS_DATASOURCE_USERNAME"));
                    assertEquals("secret:tidings-db-writer/password", environment.get("QUARKUS_DATASOURCE_PASSWORD"));
                    assertEquals(
                            "secret:tidings-db-reader/username", environment.get("QUARKUS_DATASOURCE_READER_USERNAME"));
                    assertEquals(
                            "secret:tidings-db-reader/password", environment.get("QUARKUS_DATASOURCE_READER_PASSWORD"));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void everyReferencedSecretIsMadeByAnOperatorOrDocumentedWithItsCreateCommand(String overlay) throws IOException {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Set<String> operatorMade = new TreeSet<>();
        operatorMade.add(CLUSTER_CA_SECRET);
        rendered.ofKind("KafkaUser").forEach(user -> operatorMade.add(user.name()));

        Map<String, String> referenced = referencedSecrets(rendered);
        String readme = Files.readString(RenderedManifests.k8sDir().resolve("README.md"));
        List<String> undocumented = new ArrayList<>();
        referenced.forEach((secret, referrer) -> {
            boolean documented = Pattern.compile(
                            "kubectl[^\\n]*create secret (generic|tls) " + Pattern.quote(secret) + "\\b")
                    .matcher(readme)
                    .find();
            if (!operatorMade.contains(secret) && !documented) {
                undocumented.add(secret + " (used by " + referrer + ")");
            }
        });
        assertEquals(List.of(), undocumented, "Secrets nobody creates: the pods using them would never start");
        assertTrue(referenced.keySet().containsAll(Set.of("tidings-db-writer", "tidings-db-reader")), "" + referenced);
    }

    /**
     * Scans the committed files, not only what renders: a Secret or a key could sit in a file that no kustomization
     * includes yet.
     */
    @Test
    void noCommittedFileUnderDeployK8sHoldsACredential() throws IOException {
        Pattern secretKind = Pattern.compile("(?m)^\\s*kind:\\s*Secret\\s*$");
        Pattern passwordValue = Pattern.compile("(?im)^[^#\\n]*password\\s*[:=]\\s*[\"']?[^\\s\"'$<{(]");
        Pattern base64Blob = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}");
        Pattern pemBlock = Pattern.compile("-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----");
        Map<String, String> findings = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RenderedManifests.k8sDir())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            String name = RenderedManifests.k8sDir().relativize(file).toString();
            for (Map.Entry<String, Pattern> check : Map.of(
                            "a Secret object", secretKind,
                            "a password value", passwordValue,
                            "a base64 blob", base64Blob,
                            "a PEM block", pemBlock)
                    .entrySet()) {
                Matcher matcher = check.getValue().matcher(text);
                while (matcher.find()) {
                    // Paths and long words also match the base64 alphabet; encoded key material is near-random.
                    if (check.getValue() != base64Blob || entropyBitsPerChar(matcher.group()) > 4.2) {
                        findings.put(name + " (" + check.getKey() + ")", matcher.group());
                        break;
                    }
                }
            }
        }
        assertTrue(files.size() > 10, "scanned too few files: " + files);
        assertEquals(Map.of(), findings);
    }

    /** Shannon entropy of the characters: 4.5-4.8 bits for random base64 of 40+
     * characters, under 4 for paths and identifiers. */
    static double entropyBitsPerChar(String text) {
        Map<Integer, Integer> counts = new TreeMap<>();
        text.chars().forEach(c -> counts.merge(c, 1, Integer::sum));
        double entropy = 0;
        for (int count : counts.values()) {
            double p = (double) count / text.length();
            entropy -= p * Math.log(p) / Math.log(2);
        }
        return entropy;
    }

    /** Secret name to the first object that references it. */
    private static Map<String, String> referencedSecrets(RenderedOverlay rendered) {
        Map<String, String> referenced = new TreeMap<>();
        for (RenderedObject object : rendered.objects()) {
            collect(object.node(), object.toString(), referenced);
        }
        return referenced;
    }

    private static void collect(JsonNode node, String referrer, Map<String, String> referenced) {
        if (node.isObject()) {
            // secretKeyRef and envFrom secretRef (name), secret volumes (secretName), CloudNativePG's passwordSecret
            // and initdb secret (name), KEDA's secretTargetRef (name), Ingress TLS (secretName).
            for (String field : List.of("secretKeyRef", "secretRef", "passwordSecret", "secret")) {
                JsonNode ref = node.path(field);
                if (ref.isObject() && ref.has("name")) {
                    referenced.putIfAbsent(ref.path("name").asText(), referrer);
                }
                if (ref.isObject() && ref.has("secretName")) {
                    referenced.putIfAbsent(ref.path("secretName").asText(), referrer);
                }
            }
            if (node.has("secretName") && node.path("secretName").isTextual()) {
                referenced.putIfAbsent(node.path("secretName").asText(), referrer);
            }
            for (JsonNode target : node.path("secretTargetRef")) {
                referenced.putIfAbsent(target.path("name").asText(), referrer);
            }
            node.elements().forEachRemaining(child -> collect(child, referrer, referenced));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, referrer, referenced));
        }
    }
}
