package dev.tidings.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server from the binaries that zonky ships in Maven jars: only Java is needed,
 * no Docker and no system package. It runs as its own process on loopback.
 */
public final class PostgresServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PostgresServer.class.getName());
    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";
    /** zonky's server trusts loopback connections; the password is never checked. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a fresh server in {@code dataDir}.
     *
     * @param durable false for tests: no fsync, which makes commits cheap and a crash unsafe
     */
    public static PostgresServer start(Path dataDir, Path log, int port, boolean durable) {
        try {
            Files.createDirectories(dataDir.getParent());
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setOverrideWorkingDirectory(dataDir.getParent().toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100");
            if (!durable) {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.info(() -> "PostgreSQL on 127.0.0.1:" + postgres.getPort() + " after "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
            return new PostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("starting PostgreSQL failed; see " + log, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("stopping PostgreSQL failed: " + e.getMessage());
        }
    }
}
