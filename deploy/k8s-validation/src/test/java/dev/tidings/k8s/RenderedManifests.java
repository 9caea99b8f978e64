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
 * The objects of each overlay, exactly as {@code kubectl apply -k} would send them.
 *
 * <p>The validation reads the committed renders in {@code deploy/k8s/rendered/<overlay>.yaml}, so it runs on any
 * machine, kubectl or not. {@link RenderedFilesTests} checks with {@code kubectl kustomize} that those files are what
 * the overlays render today; {@code deploy/k8s/render.sh} rewrites them.
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
        return CACHE.computeIfAbsent(overlay, RenderedManifests::readCommitted);
    }

    static Path committedRender(String overlay) {
        return k8sDir().resolve("rendered").resolve(overlay + ".yaml");
    }

    private static List<RenderedObject> readCommitted(String overlay) {
        Path file = committedRender(overlay);
        if (!Files.isRegularFile(file)) {
            fail(file + " is missing: run deploy/k8s/render.sh");
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }

    /** True when a kubectl to render with is configured or on PATH. */
    static boolean kubectlAvailable() {
        return findKubectl().isPresent();
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

    /** What {@code kubectl kustomize} renders for the overlay today, as YAML text. */
    static String renderWithKubectl(String overlay) {
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
            return yaml;
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

    private static Path kubectl() {
        return findKubectl()
                .orElseThrow(() -> new IllegalStateException("kubectl was not found on PATH. Rendering the overlays"
                        + " needs `kubectl kustomize` (no cluster): install kubectl 1.27 or newer, or point"
                        + " -Dtidings.kubectl / KUBECTL at it."));
    }

    private static Optional<Path> findKubectl() {
        String configured = System.getProperty("tidings.kubectl", System.getenv("KUBECTL"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        Optional<Path> onPath = Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
        return onPath;
    }
}
