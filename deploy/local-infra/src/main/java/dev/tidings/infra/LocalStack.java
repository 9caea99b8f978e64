package dev.tidings.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The whole pipeline on one machine: a real PostgreSQL, a real Kafka broker and the three packaged
 * services, each its own process, all on loopback. Used by {@code deploy/local/run.sh} and by the
 * end-to-end tests. {@link #close()} stops everything it started, in reverse order.
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalStack.class.getName());

    /**
     * Where and how to run.
     *
     * @param work a folder the stack owns: emptied at start, holds {@code logs/} and the data
     * @param durable false for tests: PostgreSQL without fsync
     */
    public record Options(
            Path work,
            int ingestPort,
            int enrichmentPort,
            int queryPort,
            int kafkaPort,
            int kafkaControllerPort,
            int postgresPort,
            boolean durable) {

        /** Fixed, documented ports for a developer's machine. */
        public static Options localDefaults(Path work) {
            return new Options(work, 8081, 8082, 8083, 19092, 19093, 15432, true);
        }

        /** Free ports, so that tests never clash with a running stack or with each other. */
        public static Options freePorts(Path work) {
            return new Options(
                    work, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), false);
        }
    }

    /** Read from the environment when set, so that a developer can keep one key across runs. */
    public static final String API_KEY_VARIABLE = "TIDINGS_INGEST_API_KEY";

    private final Options options;
    private final Map<String, Map<String, String>> extraEnvironment;
    private final String ingestApiKey;
    private final List<AutoCloseable> started = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private ServiceProcess ingest;
    private ServiceProcess enrichment;
    private ServiceProcess query;
    private Map<String, String> queryEnvironment;
    private int queryReplicas;

    private LocalStack(Options options, Map<String, Map<String, String>> extraEnvironment) {
        this.options = options;
        this.extraEnvironment = extraEnvironment;
        String fromEnvironment = System.getenv(API_KEY_VARIABLE);
        this.ingestApiKey = fromEnvironment != null && !fromEnvironment.isBlank()
                ? fromEnvironment.strip()
                : IngestApiKeys.random();
    }

    /** Starts everything and returns once the three services report ready. */
    public static LocalStack start(Options options) {
        return start(options, Map.of());
    }

    /**
     * Starts everything, adding {@code extraEnvironment.get(module)} to the environment of that
     * service (e.g. {@code "ingest-service" -> {TIDINGS_INGEST_RATE_LIMIT_PER_SECOND=500}}).
     */
    public static LocalStack start(Options options, Map<String, Map<String, String>> extraEnvironment) {
        LocalStack stack = new LocalStack(options, Map.copyOf(extraEnvironment));
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException | IOException e) {
            stack.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    private void startAll() throws IOException {
        Path work = options.work().toAbsolutePath();
        stopLeftoverPostgres(work.resolve("pgdata"));
        FileTrees.delete(work);
        Path logs = Files.createDirectories(work.resolve("logs"));

        postgres = PostgresServer.start(
                work.resolve("pgdata"), logs.resolve("postgres.log"), options.postgresPort(), options.durable());
        started.add(postgres);
        kafka = KafkaBroker.start(
                work.resolve("kafka"),
                logs.resolve("kafka.log"),
                options.kafkaPort(),
                options.kafkaControllerPort(),
                "512m");
        started.add(kafka);
        kafka.createTopics(LocalInfra.PARTITIONS);

        Map<String, String> common = new HashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("QUARKUS_DEVSERVICES_ENABLED", "false");

        Map<String, String> queryEnv = new HashMap<>(common);
        queryEnv.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl());
        queryEnv.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
        queryEnv.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        queryEnv.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        Map<String, String> ingestEnv = new HashMap<>(common);
        ingestEnv.put("TIDINGS_INGEST_QUERY_BASE_URL", "http://localhost:" + options.queryPort());
        // Ingest keeps only the hash; the key itself stays with this JVM and its callers.
        ingestEnv.put("TIDINGS_INGEST_API_KEYS", IngestApiKeys.sha256Hex(ingestApiKey));

        // Started together and awaited together: the enricher's model load dominates, and the
        // other two start while it loads.
        queryEnvironment = withExtra("query-service", queryEnv);
        query = ServiceProcess.start(
                "query-service", options.queryPort(), "384m", queryEnvironment, logs.resolve("query-service.log"));
        started.add(query);
        // 3g: the entity models of five languages keep 1.5 GiB of heap live (enrichment-service/README.md,
        // "Measured"); 2g left the old generation full after a full GC.
        enrichment = ServiceProcess.start(
                "enrichment-service",
                options.enrichmentPort(),
                "3g",
                withExtra("enrichment-service", common),
                logs.resolve("enrichment-service.log"));
        started.add(enrichment);
        ingest = ServiceProcess.start(
                "ingest-service",
                options.ingestPort(),
                "256m",
                withExtra("ingest-service", ingestEnv),
                logs.resolve("ingest-service.log"));
        started.add(ingest);
        for (ServiceProcess service : List.of(query, enrichment, ingest)) {
            service.awaitReady(Duration.ofMinutes(3));
        }
    }

    /**
     * Starts one more query-service on a free port: a replica on the same database and in the same
     * consumer group, which takes some of the partitions of articles.enriched. Returns once it is
     * ready; {@link #close()} stops it with the rest, or stop it sooner yourself.
     */
    public synchronized ServiceProcess startQueryReplica() throws IOException {
        queryReplicas++;
        ServiceProcess replica = ServiceProcess.start(
                "query-service",
                Ports.free(),
                "384m",
                queryEnvironment,
                logs().resolve("query-service-replica-" + queryReplicas + ".log"));
        started.add(replica);
        replica.awaitReady(Duration.ofMinutes(3));
        return replica;
    }

    private Map<String, String> withExtra(String module, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putAll(extraEnvironment.getOrDefault(module, Map.of()));
        return all;
    }

    /** A stack killed with -9 leaves its PostgreSQL behind; stop it before reusing the folder. */
    private static void stopLeftoverPostgres(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(handle -> {
                LOG.info("stopping PostgreSQL left over from an earlier run, pid " + pid);
                handle.destroy();
                handle.onExit()
                        .orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                        .join();
            });
        } catch (IOException | RuntimeException e) {
            LOG.warning("could not stop a leftover PostgreSQL: " + e.getMessage());
        }
    }

    public Options options() {
        return options;
    }

    public String ingestUrl() {
        return ingest.baseUrl();
    }

    public String enrichmentUrl() {
        return enrichment.baseUrl();
    }

    public String queryUrl() {
        return query.baseUrl();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The producer key ingest accepts: send it as {@code Authorization: Bearer <key>}. */
    public String ingestApiKey() {
        return ingestApiKey;
    }

    /** The services and servers themselves, for drills that kill and restart them. */
    public ServiceProcess ingest() {
        return ingest;
    }

    public ServiceProcess enrichment() {
        return enrichment;
    }

    public ServiceProcess query() {
        return query;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public Path logs() {
        return options.work().toAbsolutePath().resolve("logs");
    }

    /** Every process of the stack with its pid, for operators and for the measurements. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new java.util.LinkedHashMap<>();
        for (ServiceProcess service : List.of(ingest, enrichment, query)) {
            if (service != null) {
                pids.put(service.name(), service.process().pid());
            }
        }
        if (kafka != null) {
            pids.put("kafka", kafka.process().pid());
        }
        return pids;
    }

    @Override
    public synchronized void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warning("stopping " + started.get(i) + " failed: " + e.getMessage());
            }
        }
        started.clear();
    }
}
