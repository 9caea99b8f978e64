package dev.tidings.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.ArticleTopics;
import dev.tidings.events.CloudEventTypes;
import dev.tidings.ingest.config.IngestConfig;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
    private final KafkaClientService kafka;
    private final ObjectWriter eventWriter;
    private final Duration publishTimeout;

    public IngestedPublisher(
            @Channel(CHANNEL) MutinyEmitter<String> emitter,
            KafkaClientService kafka,
            ObjectMapper objectMapper,
            IngestConfig config) {
        this.emitter = emitter;
        this.kafka = kafka;
        this.eventWriter = objectMapper.writerFor(ArticleIngested.class);
        this.publishTimeout = config.publishTimeout();
    }

    /**
     * Publishes a batch: every event is handed to the producer, then the producer is flushed once
     * (rather than each record waiting out linger.ms, or each being awaited in turn), then every
     * acknowledgement is awaited.
     *
     * <p>The producer is first asked for the topic's partitions, which it knows at once while the
     * broker is there: without a broker each record would block the producer's one sending thread
     * for max.block.ms in turn, long after the batch was answered 503, so the whole batch is failed
     * at once instead.
     *
     * @return in the order of {@code events}: {@code null} for an event Kafka acknowledged, else why
     *     it did not ({@link PublishFailedException}); the Uni itself does not fail
     */
    public Uni<List<Throwable>> publishAll(List<ArticleIngested> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        KafkaProducer<Object, Object> producer = kafka.getProducer(CHANNEL);
        return producer.partitionsFor(ArticleTopics.INGESTED)
                .ifNoItem()
                .after(publishTimeout)
                .failWith(() -> new TimeoutException("no metadata from Kafka within " + publishTimeout))
                .onItemOrFailure()
                .transformToUni((partitions, failure) -> {
                    if (failure != null) {
                        Log.warnf("Kafka cannot take a batch of %d articles: %s", events.size(), failure.toString());
                        Throwable refused = new PublishFailedException("Kafka is not reachable", failure);
                        return Uni.createFrom().item(Collections.nCopies(events.size(), refused));
                    }
                    return sendAll(events, producer);
                });
    }

    private Uni<List<Throwable>> sendAll(List<ArticleIngested> events, KafkaProducer<Object, Object> producer) {
        List<CompletableFuture<Throwable>> acks = new ArrayList<>(events.size());
        for (ArticleIngested event : events) {
            // Subscribed now, so that every record is with the producer before the flush.
            acks.add(publish(event)
                    .map(acked -> (Throwable) null)
                    .onFailure()
                    .recoverWithItem(failure -> failure)
                    .subscribeAsCompletionStage());
        }
        // The flush runs on the producer's sending thread, after the sends queued there; a failed
        // flush fails no record by itself (each has its own ack or failure).
        producer.flush()
                .subscribe()
                .with(
                        flushed -> {},
                        failure -> Log.debugf("Flushing the Kafka producer failed: %s", failure.toString()));
        return Uni.createFrom()
                .completionStage(CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)))
                .map(all -> acks.stream().map(CompletableFuture::join).toList());
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
            return eventWriter.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            // A record of strings, lists and instants always serialises; failing here is a bug.
            throw new IllegalStateException("could not serialise ArticleIngested " + event.id(), e);
        }
    }
}
