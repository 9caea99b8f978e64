package dev.tidings.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server from the binaries that zonky ships in Maven jars: only Java is needed,
 * no Docker and no system package. It runs as its own process on loopback.
 *
 * <p>It can be stopped and started again on the same port and the same data directory, keeping the
 * data: zonky runs {@code initdb} only when the directory has no {@code postgresql.conf} and
 * clean-up is off (checked in EmbeddedPostgres' constructor, 2.2.2). {@link #close()} stops the
 * server and deletes the data directory, as every start of the local stack and of the tests begins
 * with an empty database.
 */
public final class PostgresServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PostgresServer.class.getName());
    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";
    /** zonky's server trusts loopback connections; the password is never checked. */
    public static final String PASSWORD = "postgres";

    /**
     * Server settings added to every server this class starts, for profiling: whitespace-separated
     * {@code name=value} pairs, e.g. {@code shared_preload_libraries=pg_stat_statements
     * pg_stat_statements.track=all} (zonky's binaries include the contrib modules). See README.md,
     * "Stories cost".
     */
    public static final String SETTINGS_VARIABLE = "TIDINGS_POSTGRES_SETTINGS";

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final boolean durable;
    private EmbeddedPostgres postgres;

    private PostgresServer(Path dataDir, Path log, int port, boolean durable) {
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        this.durable = durable;
    }

    /**
     * Starts a server in {@code dataDir}: a new cluster if the directory is new, the existing one
     * otherwise.
     *
     * @param durable false for tests: no fsync, which makes commits cheap and a crash unsafe
     */
    public static PostgresServer start(Path dataDir, Path log, int port, boolean durable) {
        PostgresServer server = new PostgresServer(dataDir, log, port, durable);
        server.startServer();
        return server;
    }

    private synchronized void startServer() {
        try {
            Files.createDirectories(dataDir.getParent());
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    // Never wipe on start or stop: restart() must find the data it left.
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dataDir.getParent().toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100");
            extraSettings(System.getenv(SETTINGS_VARIABLE)).forEach(builder::setServerConfig);
            if (!durable) {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            postgres = builder.start();
            LOG.info(() -> "PostgreSQL on 127.0.0.1:" + port + " after "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        } catch (IOException e) {
            throw new UncheckedIOException("starting PostgreSQL failed; see " + log, e);
        }
    }

    static Map<String, String> extraSettings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (text == null) {
            return settings;
        }
        for (String pair : text.trim().split("\\s+")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                if (!pair.isEmpty()) {
                    throw new IllegalArgumentException(SETTINGS_VARIABLE + ": expected name=value, got " + pair);
                }
                continue;
            }
            settings.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return settings;
    }

    /** Stops the server ({@code pg_ctl stop}, fast mode) and keeps its data for {@link #restart()}. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("stopping PostgreSQL failed: " + e.getMessage());
        } finally {
            postgres = null;
        }
    }

    /** Starts the stopped server again, same port, same data. */
    public synchronized void restart() {
        if (postgres != null) {
            throw new IllegalStateException("PostgreSQL is running; stop it first");
        }
        startServer();
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDir;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /** Stops the server and deletes its data directory. */
    @Override
    public synchronized void close() {
        stop();
        FileTrees.delete(dataDir);
    }
}
