package dev.tidings.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The infrastructure every service test relies on: a broker that takes records, a database that answers. */
class LocalInfraTests {

    @Test
    void brokerHasTheArticleTopicsAndRoundTripsARecord() throws Exception {
        String bootstrap = LocalInfra.kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertTrue(topics.containsAll(KafkaBroker.TOPICS), () -> "topics: " + topics);
        }
        String key = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("articles.ingested", key, "{\"probe\":true}"))
                    .get(30, TimeUnit.SECONDS);
        }
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        "bootstrap.servers",
                        bootstrap,
                        "group.id",
                        "infra-probe-" + key,
                        "auto.offset.reset",
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("articles.ingested"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String found = null;
            while (found == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found = record.value();
                    }
                }
            }
            assertEquals("{\"probe\":true}", found);
        }
    }

    @Test
    void postgresAnswersQueries() throws Exception {
        PostgresServer postgres = LocalInfra.postgres();
        try (Connection connection =
                        DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
                ResultSet result = connection
                        .createStatement()
                        .executeQuery("select current_setting('server_version_num')::int")) {
            assertTrue(result.next());
            assertTrue(result.getInt(1) >= 150000, "PostgreSQL 15 or newer");
        }
    }

    @Test
    void quarkusConfigPointsAtBothServers() {
        Map<String, String> config = LocalInfra.quarkusConfig();
        assertEquals(LocalInfra.kafkaBootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(LocalInfra.postgres().jdbcUrl(), config.get("quarkus.datasource.jdbc.url"));
        assertEquals("false", config.get("quarkus.devservices.enabled"));
    }
}
