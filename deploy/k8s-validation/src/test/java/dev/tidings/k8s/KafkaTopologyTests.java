package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Kafka cluster, topics, users and the lag autoscaler agree with each other and with the pipeline. */
class KafkaTopologyTests {

    private static final Set<String> TOPICS =
            Set.of("articles.ingested", "articles.enriched", "articles.ingested.dlq", "articles.enriched.dlq");

    @Test
    void prodRunsThreeDualRoleKafkaNodesInKraftMode() {
        RenderedOverlay prod = RenderedOverlay.of("prod");
        RenderedObject kafka = prod.get("Kafka", "tidings-kafka");
        assertEquals(
                "enabled", kafka.at("/metadata/annotations/strimzi.io~1kraft").asText());
        assertEquals(
                "enabled",
                kafka.at("/metadata/annotations/strimzi.io~1node-pools").asText());

        List<RenderedObject> pools = prod.ofKind("KafkaNodePool");
        assertEquals(1, pools.size());
        RenderedObject pool = pools.get(0);
        assertEquals(
                "tidings-kafka", pool.at("/metadata/labels/strimzi.io~1cluster").asText());
        assertEquals(3, pool.at("/spec/replicas").asInt());
        assertEquals(Set.of("controller", "broker"), texts(pool.at("/spec/roles")));
    }

    @Test
    void prodTopicsHaveThreeReplicasAndTwoInSyncForEveryWrite() {
        List<String> problems = new ArrayList<>();
        for (RenderedObject topic : RenderedOverlay.of("prod").ofKind("KafkaTopic")) {
            if (topic.at("/spec/replicas").asInt() != 3) {
                problems.add(topic + ": replicas " + topic.at("/spec/replicas"));
            }
            if (!topic.at("/spec/config/min.insync.replicas").asText().equals("2")) {
                problems.add(topic + ": min.insync.replicas " + topic.at("/spec/config/min.insync.replicas"));
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void theFourPipelineTopicsExistWithTwelvePartitionsAndFitTheBrokers(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        int brokers = rendered.ofKind("KafkaNodePool").stream()
                .filter(pool -> texts(pool.at("/spec/roles")).contains("broker"))
                .mapToInt(pool -> pool.at("/spec/replicas").asInt())
                .sum();
        Map<String, RenderedObject> topics = topicsByName(rendered);
        assertEquals(TOPICS, topics.keySet());

        List<String> problems = new ArrayList<>();
        topics.forEach((name, topic) -> {
            int replicas = topic.at("/spec/replicas").asInt();
            int minInSync = topic.at("/spec/config/min.insync.replicas").asInt();
            if (topic.at("/spec/partitions").asInt() != 12) {
                problems.add(name + ": partitions " + topic.at("/spec/partitions"));
            }
            if (replicas < 1 || replicas > brokers) {
                problems.add(name + ": " + replicas + " replicas on " + brokers + " brokers");
            }
            // acks=all with min.insync.replicas > replicas could never succeed.
            if (minInSync < 1 || minInSync > replicas) {
                problems.add(name + ": min.insync.replicas " + minInSync + " with " + replicas + " replicas");
            }
        });
        JsonNode config = rendered.get("Kafka", "tidings-kafka").at("/spec/kafka/config");
        for (String key : List.of("offsets.topic.replication.factor", "default.replication.factor")) {
            if (config.path(key).asInt() > brokers) {
                problems.add("Kafka " + key + " " + config.path(key) + " on " + brokers + " brokers");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void kedaNeverScalesEnrichmentPastThePartitionsOfItsTopic(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Map<String, RenderedObject> topics = topicsByName(rendered);
        List<RenderedObject> scaledObjects = rendered.ofKind("ScaledObject");
        assertEquals(1, scaledObjects.size());
        for (RenderedObject scaled : scaledObjects) {
            int max = scaled.at("/spec/maxReplicaCount").asInt();
            for (JsonNode trigger : scaled.at("/spec/triggers")) {
                JsonNode metadata = trigger.path("metadata");
                assertEquals("kafka", trigger.path("type").asText());
                assertEquals(
                        "tidings-enrichment", metadata.path("consumerGroup").asText());
                RenderedObject topic = topics.get(metadata.path("topic").asText());
                assertTrue(topic != null, "the trigger's topic " + metadata.path("topic") + " is no KafkaTopic");
                int partitions = topic.at("/spec/partitions").asInt();
                assertTrue(
                        max <= partitions,
                        scaled + ": maxReplicaCount " + max + " exceeds the " + partitions + " partitions of " + topic);
                assertTrue(
                        scaled.at("/spec/minReplicaCount").asInt() >= 1,
                        "scale-to-zero would make every burst wait for the model load");
                // KEDA's operator runs in its own namespace: the bootstrap address must name this one.
                String namespace = namespaceName(rendered);
                assertEquals(
                        "tidings-kafka-kafka-bootstrap." + namespace + ".svc:9093",
                        metadata.path("bootstrapServers").asText());
            }
        }
        if (overlay.equals("prod")) {
            assertEquals(12, scaledObjects.get(0).at("/spec/maxReplicaCount").asInt());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void eachServiceMayDoExactlyWhatItsRoleNeedsOnKafka(String overlay) {
        Map<String, Set<String>> expected = Map.of(
                "tidings-ingest", Set.of("topic articles.ingested Write", "topic articles.ingested Describe"),
                "tidings-enrichment",
                        Set.of(
                                "topic articles.ingested Read",
                                "topic articles.ingested Describe",
                                "group tidings-enrichment Read",
                                "topic articles.enriched Write",
                                "topic articles.enriched Describe",
                                "topic articles.ingested.dlq Write",
                                "topic articles.ingested.dlq Describe"),
                "tidings-query",
                        Set.of(
                                "topic articles.enriched Read",
                                "topic articles.enriched Describe",
                                "group tidings-query Read",
                                "topic articles.enriched.dlq Write",
                                "topic articles.enriched.dlq Describe"),
                "tidings-keda", Set.of("topic articles.ingested Describe", "group tidings-enrichment Describe"));

        Map<String, Set<String>> actual = new TreeMap<>();
        for (RenderedObject user : RenderedOverlay.of(overlay).ofKind("KafkaUser")) {
            assertEquals("tls", user.at("/spec/authentication/type").asText(), user + " authentication");
            assertEquals("simple", user.at("/spec/authorization/type").asText(), user + " authorization");
            Set<String> grants = new TreeSet<>();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                JsonNode resource = acl.path("resource");
                assertEquals("literal", resource.path("patternType").asText(), user + ": no prefix or wildcard ACLs");
                for (JsonNode operation : acl.path("operations")) {
                    grants.add(resource.path("type").asText() + " "
                            + resource.path("name").asText() + " " + operation.asText());
                }
            }
            actual.put(user.name(), grants);
        }
        assertEquals(new TreeMap<>(expected), actual);
    }

    private static Map<String, RenderedObject> topicsByName(RenderedOverlay rendered) {
        Map<String, RenderedObject> topics = new TreeMap<>();
        for (RenderedObject topic : rendered.ofKind("KafkaTopic")) {
            String name = topic.at("/spec/topicName").asText(topic.name());
            topics.put(name.isEmpty() ? topic.name() : name, topic);
        }
        return topics;
    }

    private static String namespaceName(RenderedOverlay rendered) {
        List<RenderedObject> namespaces = rendered.ofKind("Namespace");
        assertEquals(1, namespaces.size());
        return namespaces.get(0).name();
    }

    static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
