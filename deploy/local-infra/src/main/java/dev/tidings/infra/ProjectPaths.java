package dev.tidings.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the checkout's root and what the build left in it. */
public final class ProjectPaths {
    private ProjectPaths() {}

    /**
     * The checkout's root: the {@code tidings.root} system property (set by the Maven build and by
     * run.sh), or the nearest parent of the working directory that holds {@code deploy/kafka-broker}.
     */
    public static Path root() {
        String property = System.getProperty("tidings.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/kafka-broker"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the Tidings checkout: set -Dtidings.root=<path>");
    }

    /** The broker's jars, gathered by the deploy/kafka-broker module at {@code package}. */
    public static Path kafkaLibs() {
        Path libs = root().resolve("deploy/kafka-broker/target/kafka-libs");
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException(
                    libs + " is missing: build it with ./mvnw -B -pl deploy/kafka-broker package");
        }
        return libs;
    }

    /** The java launcher of the running JVM, so children use the same JDK. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
