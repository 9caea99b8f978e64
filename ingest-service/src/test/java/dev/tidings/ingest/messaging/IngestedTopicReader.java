package dev.tidings.ingest.messaging;

import static org.awaitility.Awaitility.await;

import dev.tidings.events.ArticleTopics;
import dev.tidings.events.CloudEventTypes;
import dev.tidings.infra.LocalInfra;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code articles.ingested} as a downstream consumer would: its own consumer group, from the
 * earliest offset. Not thread-safe; poll it from the test thread.
 */
public final class IngestedTopicReader implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public IngestedTopicReader() {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        LocalInfra.kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "ingest-tests-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        "false"),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(ArticleTopics.INGESTED));
    }

    /** Polls once and returns the records seen so far whose key is {@code key}. */
    public List<ConsumerRecord<String, String>> recordsWithKey(String key) {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        return seen.stream().filter(record -> key.equals(record.key())).toList();
    }

    public List<ConsumerRecord<String, String>> recordsWithKey(
            String key, Predicate<ConsumerRecord<String, String>> filter) {
        return recordsWithKey(key).stream().filter(filter).toList();
    }

    /** Polls until the record of this event ({@code ce_id} {@code id/version}) has come, and returns it. */
    public ConsumerRecord<String, String> awaitEvent(UUID id, long version) {
        String eventId = CloudEventTypes.eventId(id, version);
        List<ConsumerRecord<String, String>> found = await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> recordsWithKey(
                                id.toString(),
                                record -> header(record, "ce_id")
                                        .map(eventId::equals)
                                        .orElse(false)),
                        records -> !records.isEmpty());
        return found.get(0);
    }

    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
