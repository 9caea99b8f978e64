package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered object is of a known kind and valid against its model or CRD shape, with no unknown field. */
class ManifestModelTests {

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void everyRenderedObjectMatchesItsModelWithNoUnknownField(String overlay) {
        List<RenderedObject> objects = RenderedManifests.of(overlay);
        assertFalse(objects.isEmpty(), overlay + " rendered no objects");

        List<String> problems = new ArrayList<>();
        for (RenderedObject object : objects) {
            Optional<Class<?>> model = StrictModels.modelFor(object);
            CrdShapes.Shape shape = CrdShapes.SHAPES.get(object.type());
            List<String> found;
            if (model.isPresent()) {
                found = StrictModels.validate(object.node(), model.get());
            } else if (shape != null) {
                found = CrdShapes.validate(object.node(), shape);
            } else {
                found = List.of("no validator for " + object.type() + ": add a model or a CRD shape");
            }
            found.forEach(problem -> problems.add(object + ": " + problem));
        }
        assertEquals(List.of(), problems, overlay + ": objects that a cluster would reject or silently mangle");
    }

    /** The tools under deploy/k8s/tools are applied by hand, outside any overlay: they are checked the same way. */
    @Test
    void toolManifestsMatchTheirModels() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(RenderedManifests.k8sDir().resolve("tools"))) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        assertFalse(files.isEmpty());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            for (RenderedObject object : RenderedManifests.parse(Files.readString(file))) {
                Optional<Class<?>> model = StrictModels.modelFor(object);
                if (model.isEmpty()) {
                    problems.add(file.getFileName() + ": no model for " + object.type());
                    continue;
                }
                StrictModels.validate(object.node(), model.get())
                        .forEach(problem -> problems.add(file.getFileName() + " " + object + ": " + problem));
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Dev differs from prod in sizes only: the same objects exist in both, so dev exercises what prod runs. */
    @Test
    void devAndProdRenderTheSameObjects() {
        assertEquals(identities("prod"), identities("dev"));
    }

    /**
     * The models keep unknown fields instead of failing on them; this proves the strict mapper and the shapes really
     * reject a misspelt field in each kind of validator, so the test above cannot pass vacuously.
     */
    @Test
    void misspeltFieldsAreRejectedByEveryKindOfValidator() throws IOException {
        RenderedObject deployment = single("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: c
                          image: i
                          livenessprobe: {httpGet: {path: /q/health/live, port: 8080}}
                """);
        RenderedObject topic = single("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partition: 12, replicas: 3}
                """);
        RenderedObject cluster = single("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec:
                  instance: 3
                  postgresql: {parameters: {max_connections: 200}}
                """);

        List<String> deploymentProblems = StrictModels.validate(deployment.node(), Deployment.class);
        assertTrue(
                deploymentProblems.stream().anyMatch(p -> p.contains("livenessprobe")),
                "fabric8 model: " + deploymentProblems);
        List<String> topicProblems = StrictModels.validate(topic.node(), KafkaTopic.class);
        assertTrue(topicProblems.stream().anyMatch(p -> p.contains("partition")), "Strimzi model: " + topicProblems);
        List<String> clusterProblems =
                CrdShapes.validate(cluster.node(), CrdShapes.SHAPES.get("postgresql.cnpg.io/v1 Cluster"));
        assertEquals(
                Set.of(
                        "spec.instances: required",
                        "spec.instance: unknown field",
                        "spec.postgresql.parameters.max_connections: expected a string, found NUMBER"),
                Set.copyOf(clusterProblems));
    }

    private static RenderedObject single(String yaml) throws IOException {
        return RenderedManifests.parse(yaml).get(0);
    }

    private static Set<String> identities(String overlay) {
        return RenderedManifests.of(overlay).stream()
                .map(o -> o.type() + " " + stripHash(o))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Generated ConfigMap names carry a content hash, and each overlay names its own namespace. */
    private static String stripHash(RenderedObject object) {
        return switch (object.kind()) {
            case "ConfigMap" -> object.name().replaceFirst("-[a-z0-9]{10}$", "");
            case "Namespace" -> "(the overlay's namespace)";
            default -> object.name();
        };
    }
}
