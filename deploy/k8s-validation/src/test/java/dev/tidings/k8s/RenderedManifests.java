package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The objects that {@code kubectl kustomize deploy/k8s/overlays/<overlay>} renders, exactly as `kubectl apply -k` would
 * send them. Rendering needs no cluster; each overlay is rendered once per test JVM.
 */
final class RenderedManifests {

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, List<RenderedObject>> CACHE = new ConcurrentHashMap<>();
    private static final YAMLMapper YAML = new YAMLMapper();

    private RenderedManifests() {}

    static Stream<String> overlays() {
        return OVERLAYS.stream();
    }

    static List<RenderedObject> of(String overlay) {
        return CACHE.computeIfAbsent(overlay, RenderedManifests::render);
    }

    /** The checkout's root: the parent POM passes it to surefire as {@code tidings.root}. */
    static Path repoRoot() {
        String root = System.getProperty("tidings.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root);
        }
        // Run from an IDE without the POM's system properties: walk up to the directory holding deploy/k8s.
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/k8s"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            fail("Cannot find the repository root: set -Dtidings.root=<checkout> (the parent POM does this)");
        }
        return dir;
    }

    static Path k8sDir() {
        return repoRoot().resolve("deploy/k8s");
    }

    private static List<RenderedObject> render(String overlay) {
        Path dir = k8sDir().resolve("overlays").resolve(overlay);
        if (!Files.isDirectory(dir)) {
            fail("No overlay directory " + dir);
        }
        Path kubectl = kubectl();
        try {
            Path stderr = Files.createTempFile("kustomize-" + overlay, ".err");
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectError(stderr.toFile())
                    .start();
            process.getOutputStream().close();
            String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + dir + " did not finish within 120 s");
            }
            String errors = Files.readString(stderr);
            Files.deleteIfExists(stderr);
            if (process.exitValue() != 0) {
                fail("kubectl kustomize " + dir + " failed with exit code " + process.exitValue() + ":\n" + errors);
            }
            return parse(yaml);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + kubectl + " kustomize " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering " + dir, e);
        }
    }

    static List<RenderedObject> parse(String yaml) throws IOException {
        List<RenderedObject> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents =
                YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    objects.add(new RenderedObject(document));
                }
            }
        }
        return objects;
    }

    /**
     * kubectl is required, not optional: a validation that silently skipped where kubectl is missing would pass on a
     * machine that validated nothing.
     */
    private static Path kubectl() {
        String configured = System.getProperty("tidings.kubectl", System.getenv("KUBECTL"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (Files.isExecutable(path)) {
                return path;
            }
            fail("kubectl configured as " + configured + " (tidings.kubectl / KUBECTL) is not an executable file");
        }
        Optional<Path> onPath = Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
        if (onPath.isEmpty()) {
            fail(
                    "kubectl was not found on PATH. The deploy/k8s validation renders every overlay with `kubectl kustomize`"
                            + " (no cluster needed): install kubectl 1.27 or newer, or point -Dtidings.kubectl / KUBECTL at it.");
        }
        return onPath.get();
    }
}
