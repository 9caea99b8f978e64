package dev.tidings.bench.endtoend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The articles the pipeline gave up on: the keys (article ids) of the records on the two
 * dead-letter topics. Such an article never becomes queryable, so a phase waits for its articles to
 * be stored or dead-lettered, and reports how many were.
 */
public final class DeadLetters implements AutoCloseable {
    public static final List<String> TOPICS = List.of("articles.ingested.dlq", "articles.enriched.dlq");

    private final KafkaConsumer<String, String> consumer;
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final Map<String, String> reasons = new ConcurrentHashMap<>();

    public DeadLetters(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false));
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** How many of {@code ids} are on a dead-letter topic, after reading what arrived since the last call. */
    public synchronized int count(Collection<UUID> ids) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
            if (record.key() != null) {
                keys.add(record.key());
                var reason = record.headers().lastHeader("dead-letter-reason");
                if (reason != null) {
                    reasons.putIfAbsent(
                            record.key(), new String(reason.value(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        int count = 0;
        for (UUID id : ids) {
            if (keys.contains(id.toString())) {
                count++;
            }
        }
        return count;
    }

    /** Up to {@code limit} distinct reasons given for {@code ids}. */
    public List<String> reasons(Collection<UUID> ids, int limit) {
        return ids.stream()
                .map(id -> reasons.get(id.toString()))
                .filter(java.util.Objects::nonNull)
                .map(r -> r.length() > 160 ? r.substring(0, 160) + "…" : r)
                .distinct()
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
