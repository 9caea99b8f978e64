package dev.tidings.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.CloudEventTypes;
import dev.tidings.ingest.config.IngestConfig;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes {@link ArticleIngested} events to {@code articles.ingested}, keyed by article id, as
 * CloudEvents in binary mode. The returned {@link Uni} completes only once Kafka has acknowledged
 * the record (acks=all), so a caller that answers after it never reports an article it lost.
 */
@ApplicationScoped
public class IngestedPublisher {

    /** The outgoing channel; its topic is set in application.properties. */
    public static final String CHANNEL = "articles-ingested";

    private static final URI SOURCE = URI.create(CloudEventTypes.INGEST_SOURCE);

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper objectMapper;
    private final Duration publishTimeout;

    public IngestedPublisher(
            @Channel(CHANNEL) MutinyEmitter<String> emitter, ObjectMapper objectMapper, IngestConfig config) {
        this.emitter = emitter;
        this.objectMapper = objectMapper;
        this.publishTimeout = config.publishTimeout();
    }

    /**
     * @return a Uni that completes when Kafka acknowledged the event, or fails with {@link
     *     PublishFailedException} when it did not within the producer's timeouts
     */
    public Uni<Void> publish(ArticleIngested event) {
        String key = event.id().toString();
        Message<String> message = Message.of(toJson(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(key)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(CloudEventTypes.eventId(event.id(), event.version()))
                        .withType(CloudEventTypes.ARTICLE_INGESTED)
                        .withSource(SOURCE)
                        .withSubject(key)
                        .withDataContentType("application/json")
                        .withTimestamp(event.ingestedAt().atZone(ZoneOffset.UTC))
                        .build())
                // The request's span, current here, is the parent of the send span whose context the
                // connector writes into the record's headers (traceparent); without a collector
                // configured the context is empty and nothing is written.
                .addMetadata(TracingMetadata.withCurrent(Context.current()));
        // Deferred: the emitter may throw at once (buffer full, channel down) and that must fail the
        // Uni like a nack does rather than escape the reactive chain.
        return Uni.createFrom()
                .deferred(() -> emitter.sendMessage(message))
                .ifNoItem()
                .after(publishTimeout)
                .failWith(() -> new TimeoutException("no ack from Kafka within " + publishTimeout))
                .onFailure()
                .transform(failure -> {
                    Log.warnf("Kafka did not take article %s version %d: %s", key, event.version(), failure.toString());
                    return new PublishFailedException("Kafka did not acknowledge the article", failure);
                });
    }

    private String toJson(ArticleIngested event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            // A record of strings, lists and instants always serialises; failing here is a bug.
            throw new IllegalStateException("could not serialise ArticleIngested " + event.id(), e);
        }
    }
}
