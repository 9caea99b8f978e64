package dev.tidings.infra;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * What {@code kafka-consumer-groups.sh} does, through the Admin API: a group's lag, a topic's record
 * count, and resetting a group's offsets (the replay). Closes its Admin client with itself.
 */
public final class ConsumerGroups implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;

    public ConsumerGroups(String bootstrapServers) {
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                10_000));
    }

    /** The partitions of {@code topic}, in order. */
    public List<TopicPartition> partitions(String topic) {
        return get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
    }

    /** Per partition: the offset the next record will get. */
    public Map<TopicPartition, Long> endOffsets(String topic) {
        return offsets(partitions(topic), OffsetSpec.latest());
    }

    /** Records now held by {@code topic}: end minus start offset, summed over partitions. */
    public long recordCount(String topic) {
        List<TopicPartition> partitions = partitions(topic);
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
        return partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
    }

    /**
     * How many records of {@code topic} the group has not committed yet; a partition the group never
     * committed counts from its start offset (what {@code auto.offset.reset=earliest} reads).
     */
    public long lag(String group, String topic) {
        List<TopicPartition> partitions = partitions(topic);
        Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            long position = offset == null ? start.get(partition) : offset.offset();
            lag += Math.max(0, end.get(partition) - position);
        }
        return lag;
    }

    public Map<TopicPartition, OffsetAndMetadata> committed(String group) {
        Map<TopicPartition, OffsetAndMetadata> offsets =
                get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                present.put(partition, offset);
            }
        });
        return present;
    }

    /**
     * The partitions of {@code topic} each live member of the group is assigned, by member (client id
     * and member id): for a test to know that several consumers share a topic.
     */
    public Map<String, List<TopicPartition>> assignments(String group, String topic) {
        ConsumerGroupDescription description =
                get(admin.describeConsumerGroups(List.of(group)).all()).get(group);
        Map<String, List<TopicPartition>> assigned = new TreeMap<>();
        for (var member : description.members()) {
            List<TopicPartition> partitions = member.assignment().topicPartitions().stream()
                    .filter(partition -> partition.topic().equals(topic))
                    .sorted(java.util.Comparator.comparingInt(TopicPartition::partition))
                    .toList();
            assigned.put(member.clientId() + " " + member.consumerId(), partitions);
        }
        return assigned;
    }

    /** Whether the group has no live member; Kafka refuses to reset the offsets of a group that has one. */
    public boolean isEmpty(String group) {
        ConsumerGroupDescription description =
                get(admin.describeConsumerGroups(List.of(group)).all()).get(group);
        return description.members().isEmpty()
                || description.groupState() == GroupState.EMPTY
                || description.groupState() == GroupState.DEAD;
    }

    /** Waits until the group has no member (its consumers stopped, or their session expired). */
    public void awaitEmpty(String group, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isEmpty(group)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("consumer group " + group + " still has members after " + timeout
                        + "; stop its consumers first");
            }
            Ports.pause(Duration.ofMillis(500));
        }
    }

    /**
     * Moves the group's committed offsets on {@code topic} to the start of every partition, so that
     * its consumers read the whole topic again when they next start. The group must be empty.
     *
     * @return per partition, the committed offset before (-1 when none) and after
     */
    public Map<TopicPartition, long[]> resetToEarliest(String group, String topic) {
        List<TopicPartition> partitions = partitions(topic);
        Map<TopicPartition, OffsetAndMetadata> before = committed(group);
        Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> target =
                partitions.stream().collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(start.get(p))));
        get(admin.alterConsumerGroupOffsets(group, target).all());
        Map<TopicPartition, long[]> moves = new TreeMap<>(
                java.util.Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata old = before.get(partition);
            moves.put(partition, new long[] {old == null ? -1 : old.offset(), start.get(partition)});
        }
        return moves;
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
                get(admin.listOffsets(request).all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Kafka within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
