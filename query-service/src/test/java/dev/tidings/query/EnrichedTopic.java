package dev.tidings.query;

import dev.tidings.events.ArticleTopics;
import dev.tidings.infra.LocalInfra;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The enriched topic and its dead-letter topic, as the tests produce to and read them. */
public final class EnrichedTopic implements AutoCloseable {
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            LocalInfra.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class));
    private final KafkaConsumer<String, String> deadLetters = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            LocalInfra.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "query-tests-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class));
    private final List<ConsumerRecord<String, String>> deadLettersSeen = new ArrayList<>();

    public EnrichedTopic() {
        deadLetters.subscribe(List.of(ArticleTopics.ENRICHED_DLQ));
    }

    /** Sends a record keyed by article id, as enrichment does, and waits for the broker's ack. */
    public void send(String key, String value) {
        await(new ProducerRecord<>(ArticleTopics.ENRICHED, key, value));
    }

    /** Sends to one partition, so that records are consumed in the order sent. */
    public void send(int partition, String key, String value) {
        await(new ProducerRecord<>(ArticleTopics.ENRICHED, partition, key, value));
    }

    /** Every dead letter seen so far, polling the dead-letter topic once more. */
    public List<ConsumerRecord<String, String>> deadLetters() {
        deadLetters.poll(Duration.ofMillis(500)).forEach(deadLettersSeen::add);
        return deadLettersSeen;
    }

    private void await(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the record", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        deadLetters.close(Duration.ofSeconds(5));
    }
}
