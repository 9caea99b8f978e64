package dev.tidings.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one process), as its
 * own JVM, listening on loopback only. Not loaded into the caller's JVM: the broker drags Scala and
 * its own dependency versions, which would clash with a Quarkus application's.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(KafkaBroker.class.getName());

    /** The article topics and their dead-letter topics. Names are the contract's (ArticleTopics). */
    public static final List<String> TOPICS =
            List.of("articles.ingested", "articles.enriched", "articles.ingested.dlq", "articles.enriched.dlq");

    /** The largest record batch the broker takes: 32 MiB, as deploy/k8s's topics' max.message.bytes. */
    public static final int MAX_RECORD_BYTES = 32 * 1024 * 1024;

    private final int port;
    private final ChildProcess process;

    private KafkaBroker(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Formats {@code dataDir} if it is new, starts the broker and waits until it accepts
     * connections.
     *
     * @param heap maximum heap of the broker JVM, e.g. {@code 512m}
     */
    public static KafkaBroker start(Path dataDir, Path log, int port, int controllerPort, String heap)
            throws IOException {
        Files.createDirectories(dataDir);
        Path config = dataDir.resolve("server.properties");
        Files.writeString(config, serverProperties(dataDir.resolve("log-dirs"), port, controllerPort));
        String classpath = ProjectPaths.kafkaLibs().resolve("*").toString();
        if (!Files.exists(dataDir.resolve("log-dirs/meta.properties"))) {
            format(classpath, config, log);
        }
        List<String> command = new ArrayList<>(List.of(
                ProjectPaths.java(),
                "-Xms64m",
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + log4jConfig(dataDir),
                "-cp",
                classpath,
                "kafka.Kafka",
                config.toString()));
        long started = System.nanoTime();
        ChildProcess process = ChildProcess.start("kafka", command, Map.of(), log);
        Ports.awaitOpen(port, Duration.ofSeconds(90), process);
        LOG.info(() -> "Kafka broker on 127.0.0.1:" + port + " after "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
        return new KafkaBroker(port, process);
    }

    private static void format(String classpath, Path config, Path log) throws IOException {
        List<String> command = List.of(
                ProjectPaths.java(),
                "-Xmx256m",
                "-cp",
                classpath,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                config.toString());
        Process format = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting Kafka storage failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    private static String serverProperties(Path logDirs, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", logDirs.toString());
        // One broker: every internal topic has a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.partitions", "3");
        // Topics are created explicitly with their partition count; a typo must not create one.
        p.setProperty("auto.create.topics.enable", "false");
        // Long articles: ingest takes 8 MiB submissions, and an enriched article adds its tags to the
        // body. The default (1 MiB) would refuse them after ingest acknowledged them. Twice the
        // services' max.request.size (16 MiB), so that a record a producer takes, with its batch's
        // overhead, is never refused here.
        p.setProperty("message.max.bytes", Integer.toString(MAX_RECORD_BYTES));
        StringBuilder text = new StringBuilder("# Written by dev.tidings.infra.KafkaBroker\n");
        p.stringPropertyNames().stream()
                .sorted()
                .forEach(
                        k -> text.append(k).append('=').append(p.getProperty(k)).append('\n'));
        return text.toString();
    }

    private static Path log4jConfig(Path dataDir) throws IOException {
        Path file = dataDir.resolve("log4j2.properties");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "appender.out.type=Console",
                        "appender.out.name=out",
                        "appender.out.layout.type=PatternLayout",
                        "appender.out.layout.pattern=%d{ISO8601} %-5p [%c{1}] %m%n",
                        "rootLogger.level=WARN",
                        "rootLogger.appenderRef.out.ref=out",
                        "logger.kafka.name=kafka.server.KafkaRaftServer",
                        "logger.kafka.level=INFO",
                        ""));
        return file;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public ChildProcess process() {
        return process;
    }

    /** Creates the article topics and their DLQs, if missing, with {@code partitions} each. */
    public void createTopics(int partitions) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                60_000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = TOPICS.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1))
                    .toList();
            admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("creating topics failed", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("creating topics timed out", e);
        }
    }

    /** Stops the broker (SIGTERM: a controlled shutdown, its logs flushed). */
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    /**
     * Starts the stopped or killed broker again on the same ports and the same storage (which is not
     * formatted again: see {@link #start}), and waits until it accepts connections.
     */
    public void restart() throws IOException {
        process.restart();
        Ports.awaitOpen(port, Duration.ofSeconds(120), process);
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
