package dev.tidings.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one way the producers put an article event on its topic: keyed by the article id, the event
 * as JSON, and the CloudEvents attributes in binary mode ({@code ce_id} = {@code <id>/<version>},
 * {@code ce_type}, {@code ce_source}, {@code ce_time}, {@code ce_subject}), which the Kafka connector
 * writes as headers. A producer adds its tracing metadata and sends the message on its channel.
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

    private static String json(Object event) {
        try {
            return ArticleEventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            // The events are records of strings, numbers, lists and instants: this is a bug, not bad input.
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
