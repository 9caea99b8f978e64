package dev.tidings.infra.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.infra.LocalStack;
import dev.tidings.infra.Ports;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The hostile drill's Kafka half: poison records straight onto {@code articles.ingested} and {@code
 * articles.enriched} (not JSON, JSON missing fields or with wrong types, invalid UTF-8, huge), each
 * followed on the same partition by a valid article. Every poison record must reach its
 * dead-letter topic with {@code dead-letter-reason}, {@code -topic}, {@code -partition} and {@code
 * -offset} naming where it came from, and every valid article must be stored.
 */
final class PoisonRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INGESTED = "articles.ingested";
    private static final String ENRICHED = "articles.enriched";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final LocalStack stack;

    record Result(int produced, int inDeadLetters, int badHeaders, int storedValid, int validSent, int foreign) {
        boolean passed() {
            return inDeadLetters == produced && badHeaders == 0 && storedValid == validSent && foreign == 0;
        }
    }

    private record Where(String topic, int partition, long offset) {}

    PoisonRecords(LocalStack stack) {
        this.stack = stack;
    }

    Result run(PrintStream out) throws Exception {
        Map<Where, String> poison = new LinkedHashMap<>();
        List<String> valid = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(
                        "bootstrap.servers",
                        stack.kafkaBootstrapServers(),
                        "acks",
                        "all",
                        "max.request.size",
                        2 * 1024 * 1024),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < 3; i++) {
                String key = UUID.randomUUID().toString();
                // Onto articles.enriched first, so that the enriched article made from the valid record
                // below lands behind them on the same partition (the key decides the partition).
                for (Map.Entry<String, byte[]> value : values(key).entrySet()) {
                    poison.put(send(producer, ENRICHED, key, value.getValue()), value.getKey());
                }
                for (Map.Entry<String, byte[]> value : values(key).entrySet()) {
                    poison.put(send(producer, INGESTED, key, value.getValue()), value.getKey());
                }
                send(producer, INGESTED, key, validIngested(key, i));
                valid.add(key);
            }
        }

        HttpClient http = HttpClient.newHttpClient();
        Map<Where, Map<String, String>> deadLetters = new HashMap<>();
        Map<Where, String> foreign = new LinkedHashMap<>();
        int stored = 0;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            deadLetters.clear();
            foreign.clear();
            readDeadLetters(deadLetters, foreign, poison);
            stored = 0;
            for (String key : valid) {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/v1/articles/" + key))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    stored++;
                }
            }
            if (stored == valid.size() && deadLetters.keySet().containsAll(poison.keySet())) {
                break;
            }
            Ports.pause(Duration.ofSeconds(2));
        }

        int badHeaders = 0;
        int found = 0;
        out.println();
        out.println("== Hostile drill: poison records ==");
        for (Map.Entry<Where, String> entry : poison.entrySet()) {
            Map<String, String> headers = deadLetters.get(entry.getKey());
            if (headers == null) {
                out.println("  NOT in the dead-letter topic: " + entry.getValue() + " at " + entry.getKey());
                continue;
            }
            found++;
            boolean ok = !headers.getOrDefault("dead-letter-reason", "").isBlank()
                    && entry.getKey().topic().equals(headers.get("dead-letter-topic"))
                    && String.valueOf(entry.getKey().partition()).equals(headers.get("dead-letter-partition"))
                    && String.valueOf(entry.getKey().offset()).equals(headers.get("dead-letter-offset"));
            if (!ok) {
                badHeaders++;
                out.println("  headers incomplete for " + entry.getValue() + ": " + headers);
            }
        }
        poison.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(INGESTED))
                .limit(100)
                .forEach(e -> {
                    Map<String, String> headers = deadLetters.get(e.getKey());
                    if (headers != null) {
                        out.printf(
                                "  %-18s %-34s -> %s%n",
                                e.getKey().topic(),
                                e.getValue(),
                                HostileRequests.abbreviate(headers.get("dead-letter-reason")));
                    }
                });
        poison.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(ENRICHED))
                .limit(100)
                .forEach(e -> {
                    Map<String, String> headers = deadLetters.get(e.getKey());
                    if (headers != null) {
                        out.printf(
                                "  %-18s %-34s -> %s%n",
                                e.getKey().topic(),
                                e.getValue(),
                                HostileRequests.abbreviate(headers.get("dead-letter-reason")));
                    }
                });
        foreign.forEach((where, reason) -> out.println("  dead letter the drill did not produce (an article a"
                + " service accepted and could not process): " + where + " " + reason));
        Result result = new Result(poison.size(), found, badHeaders, stored, valid.size(), foreign.size());
        out.printf(
                "poison records produced %d (%d on %s, %d on %s)%n",
                result.produced(),
                poison.keySet().stream().filter(w -> w.topic().equals(INGESTED)).count(),
                INGESTED,
                poison.keySet().stream().filter(w -> w.topic().equals(ENRICHED)).count(),
                ENRICHED);
        out.printf(
                "in a dead-letter topic  %d, with reason/topic/partition/offset headers: %d%n",
                result.inDeadLetters(), result.inDeadLetters() - result.badHeaders());
        out.printf("valid records behind them stored: %d of %d%n", result.storedValid(), result.validSent());
        out.printf("other dead letters      %d%n", result.foreign());
        return result;
    }

    /** The poison, by what is wrong with it. */
    private static Map<String, byte[]> values(String key) {
        Map<String, byte[]> values = new LinkedHashMap<>();
        values.put("not JSON", bytes("ferry crews strike in the harbour"));
        values.put("truncated JSON", bytes("{\"id\":\"" + key + "\",\"title\":\"Ferry"));
        values.put("JSON missing fields", bytes("{\"id\":\"" + key + "\",\"title\":\"Only a title\"}"));
        values.put(
                "JSON with wrong types",
                bytes("{\"id\":\"" + key + "\",\"version\":\"seven\",\"title\":42,"
                        + "\"body\":[\"x\"],\"url\":{},\"contentHash\":true,\"ingestedAt\":\"yesterday\"}"));
        values.put("id not a UUID", bytes("{\"id\":\"../../etc/passwd\",\"version\":1}"));
        values.put("JSON array", bytes("[1,2,3]"));
        values.put("JSON null", bytes("null"));
        values.put("empty value", new byte[0]);
        values.put("invalid UTF-8", new byte[] {'{', (byte) 0xC3, 0x28, (byte) 0xFF, '}'});
        values.put("huge (900 kB, not JSON)", bytes("x".repeat(900 * 1024)));
        values.put(
                "huge JSON missing fields",
                bytes("{\"id\":\"" + key + "\",\"body\":\"" + "y".repeat(900 * 1024) + "\"}"));
        return values;
    }

    /** A valid {@code ArticleIngested} (see article-events' schema) for {@code key}. */
    private static byte[] validIngested(String key, int n) throws Exception {
        ObjectNode article = DrillArticles.submission(900_000 + n, 0);
        String body = article.get("body").asText();
        Instant now = Instant.now();
        ObjectNode event = JSON.createObjectNode();
        event.put("id", key);
        event.put("version", ChronoUnit.MICROS.between(Instant.EPOCH, now));
        event.put("url", article.get("url").asText());
        event.put("canonicalUrl", article.get("url").asText());
        event.put("source", article.get("source").asText());
        event.put("title", article.get("title").asText());
        event.put("body", body);
        event.put("publishedAt", article.get("publishedAt").asText());
        event.putNull("language");
        event.set("authors", article.get("authors"));
        event.put("section", article.get("section").asText());
        event.put("contentType", "text");
        event.put(
                "contentHash",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(body))));
        event.put("ingestedAt", now.toString());
        return bytes(event.toString());
    }

    private static Where send(KafkaProducer<String, byte[]> producer, String topic, String key, byte[] value)
            throws Exception {
        RecordMetadata metadata =
                producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        return new Where(topic, metadata.partition(), metadata.offset());
    }

    private void readDeadLetters(
            Map<Where, Map<String, String>> found, Map<Where, String> foreign, Map<Where, String> poison) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        "bootstrap.servers",
                        stack.kafkaBootstrapServers(),
                        "enable.auto.commit",
                        "false",
                        "max.partition.fetch.bytes",
                        4 * 1024 * 1024),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(INGESTED + ".dlq", ENRICHED + ".dlq")) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline
                    && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header header : record.headers()) {
                        if (header.key().startsWith("dead-letter-") && header.value() != null) {
                            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
                        }
                    }
                    Where where = new Where(
                            headers.getOrDefault("dead-letter-topic", "?"),
                            (int) parse(headers.get("dead-letter-partition")),
                            parse(headers.get("dead-letter-offset")));
                    found.put(where, headers);
                    if (!poison.containsKey(where)) {
                        foreign.put(where, headers.get("dead-letter-reason"));
                    }
                }
            }
        }
    }

    private static long parse(String number) {
        try {
            return number == null ? -1 : Long.parseLong(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
