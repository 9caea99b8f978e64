package dev.tidings.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one way the producers put an article event on its topic: keyed by the article id, the event
 * as JSON, and the CloudEvents attributes in binary mode ({@code ce_id} = {@code <id>/<version>},
 * {@code ce_type}, {@code ce_source}, {@code ce_time}, {@code ce_subject}), which the Kafka connector
 * writes as headers. A producer adds its tracing metadata and sends the message on its channel.
 *
 * <p>A producer that hands records to its Kafka producer itself, bypassing the connector (ingest's
 * batches: the connector's one sending thread would bound their rate), takes the same message as
 * the record the connector would have made of it ({@link #ingestedRecord}).
 */
public final class ArticleEventMessages {
    private static final URI INGEST = URI.create(CloudEventTypes.INGEST_SOURCE);
    private static final URI ENRICHMENT = URI.create(CloudEventTypes.ENRICHMENT_SOURCE);

    private ArticleEventMessages() {}

    /** An article accepted by ingest-service; its CloudEvents time is when it was accepted. */
    public static Message<String> ingested(ArticleIngested event) {
        return message(
                event, event.id(), event.version(), CloudEventTypes.ARTICLE_INGESTED, INGEST, event.ingestedAt());
    }

    /**
     * The record the Kafka connector makes of {@link #ingested}'s message in binary mode: the same
     * key, value and CloudEvents headers ({@code ce_specversion}, {@code ce_id}, {@code ce_type},
     * {@code ce_source}, {@code ce_datacontenttype} and {@code content-type}, {@code ce_subject},
     * {@code ce_time} in ISO-8601 with offset), without any trace context, which is the sender's.
     */
    public static ProducerRecord<String, String> ingestedRecord(String topic, ArticleIngested event) {
        return binaryRecord(topic, ingested(event));
    }

    /** An article tagged by enrichment-service; its CloudEvents time is when it was tagged. */
    public static Message<String> enriched(ArticleEnriched event) {
        return message(
                event, event.id(), event.version(), CloudEventTypes.ARTICLE_ENRICHED, ENRICHMENT, event.enrichedAt());
    }

    private static Message<String> message(Object event, UUID id, long version, String type, URI source, Instant time) {
        String key = id.toString();
        return Message.of(json(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(key)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.<String>builder()
                        // One submission of one article, one event id: a redelivery repeats it.
                        .withId(CloudEventTypes.eventId(id, version))
                        .withType(type)
                        .withSource(source)
                        .withSubject(key)
                        .withDataContentType("application/json")
                        .withTimestamp(time.atZone(ZoneOffset.UTC))
                        .build());
    }

    private static ProducerRecord<String, String> binaryRecord(String topic, Message<String> message) {
        OutgoingKafkaRecordMetadata<?> kafka =
                message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        OutgoingCloudEventMetadata<?> cloudEvent =
                message.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
        Headers headers = new RecordHeaders();
        header(headers, "ce_specversion", cloudEvent.getSpecVersion());
        header(headers, "ce_id", cloudEvent.getId());
        header(headers, "ce_type", cloudEvent.getType());
        header(headers, "ce_source", cloudEvent.getSource().toString());
        cloudEvent.getDataContentType().ifPresent(type -> {
            header(headers, "ce_datacontenttype", type);
            header(headers, "content-type", type);
        });
        cloudEvent.getSubject().ifPresent(subject -> header(headers, "ce_subject", subject));
        cloudEvent
                .getTimeStamp()
                .ifPresent(time -> header(headers, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)));
        return new ProducerRecord<>(topic, null, (String) kafka.getKey(), message.getPayload(), headers);
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object event) {
        try {
            return ArticleEventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            // The events are records of strings, numbers, lists and instants: this is a bug, not bad input.
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
