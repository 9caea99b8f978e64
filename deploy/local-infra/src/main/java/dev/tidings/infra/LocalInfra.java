package dev.tidings.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One Kafka broker and one PostgreSQL for the tests of a JVM, started on first use on free loopback
 * ports and stopped when the JVM exits. Test classes share them, as they would share a real
 * deployment; each test uses its own article ids.
 */
public final class LocalInfra {
    public static final int PARTITIONS = 3;
    private static KafkaBroker kafka;
    private static PostgresServer postgres;

    private LocalInfra() {}

    public static synchronized void start() {
        if (kafka != null) {
            return;
        }
        try {
            Path work = Files.createTempDirectory("tidings-test-infra");
            Path logs = Files.createDirectories(work.resolve("logs"));
            postgres = PostgresServer.start(work.resolve("pgdata"), logs.resolve("postgres.log"), Ports.free(), false);
            kafka = KafkaBroker.start(
                    work.resolve("kafka"), logs.resolve("kafka.log"), Ports.free(), Ports.free(), "512m");
            kafka.createTopics(PARTITIONS);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                postgres.close();
                FileTrees.delete(work);
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String kafkaBootstrapServers() {
        start();
        return kafka.bootstrapServers();
    }

    public static PostgresServer postgres() {
        start();
        return postgres;
    }

    /** The Quarkus configuration that points a service at this broker and this database. */
    public static Map<String, String> quarkusConfig() {
        start();
        return Map.of(
                "kafka.bootstrap.servers",
                kafka.bootstrapServers(),
                "quarkus.datasource.reactive.url",
                postgres.reactiveUrl(),
                "quarkus.datasource.jdbc.url",
                postgres.jdbcUrl(),
                "quarkus.datasource.username",
                PostgresServer.USER,
                "quarkus.datasource.password",
                PostgresServer.PASSWORD,
                "quarkus.devservices.enabled",
                "false");
    }
}
