package dev.tidings.bench.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** The sizes of the events already on a topic, read without joining a consumer group. */
public final class EventSizes {

    /** @param medianBytes the value's size; headers (CloudEvents attributes) and key not counted */
    public record Summary(int records, int medianBytes, int meanBytes, int maxBytes) {}

    private EventSizes() {}

    public static Summary of(String bootstrapServers, String topic, int atMost) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        List<Integer> sizes = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (sizes.size() < atMost && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    sizes.add(record.serializedValueSize());
                }
            }
        }
        return summarise(sizes);
    }

    static Summary summarise(List<Integer> sizes) {
        if (sizes.isEmpty()) {
            return new Summary(0, 0, 0, 0);
        }
        int[] sorted = sizes.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        return new Summary(
                sorted.length,
                sorted[(sorted.length - 1) / 2],
                (int) Math.round(Arrays.stream(sorted).average().orElse(0)),
                sorted[sorted.length - 1]);
    }
}
