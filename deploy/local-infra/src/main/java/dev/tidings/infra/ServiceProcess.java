package dev.tidings.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One packaged Quarkus service ({@code <module>/target/quarkus-app}) running as a child process. */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final ChildProcess process;

    private ServiceProcess(String name, int port, ChildProcess process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** The runnable jar that {@code ./mvnw package} leaves for {@code module}. */
    public static Path runnerJar(String module) {
        return ProjectPaths.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static ServiceProcess start(String module, int port, String heap, Map<String, String> env, Path log)
            throws IOException {
        Path jar = runnerJar(module);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -B package -DskipTests");
        }
        List<String> command = List.of(
                ProjectPaths.java(),
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                jar.toString());
        Map<String, String> environment = new java.util.HashMap<>(env);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return new ServiceProcess(module, port, ChildProcess.start(module, command, environment, log));
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public ChildProcess process() {
        return process;
    }

    /** Kills the service with SIGKILL: no graceful shutdown, no offset commit, no flush. */
    public void kill() {
        process.kill();
    }

    /** Starts the service again on the same port, with the same environment and log, and waits until it is ready. */
    public void restart(Duration readyTimeout) throws IOException {
        restart(readyTimeout, Map.of());
    }

    /** Like {@link #restart(Duration)}, with {@code envChanges} added to its environment from now on. */
    public void restart(Duration readyTimeout, Map<String, String> envChanges) throws IOException {
        process.restart(envChanges);
        awaitReady(readyTimeout);
    }

    /** Asks the service to stop (SIGTERM: Quarkus' graceful shutdown) and waits until it has. */
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    /** Waits until {@code /q/health/ready} answers 200, failing early if the process died. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start; see its log");
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not ready within " + timeout + "; see its log");
            }
            Ports.pause(Duration.ofMillis(250));
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
