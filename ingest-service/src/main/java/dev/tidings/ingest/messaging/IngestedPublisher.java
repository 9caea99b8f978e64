package dev.tidings.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.CloudEventTypes;
import dev.tidings.ingest.config.IngestConfig;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Publishes {@link ArticleIngested} events to {@code articles.ingested}, keyed by article id, as
 * CloudEvents in binary mode. The returned {@link Uni} completes only once Kafka has acknowledged
 * the record (acks=all), so a caller that answers after it never reports an article it lost.
 *
 * <p>Each record's acknowledgement completes a future of its own, rather than a chain of reactive
 * operators and a timer per record: a batch of 1,000 has one timer, and the per-article work is
 * the serialisation and the send.
 */
@ApplicationScoped
public class IngestedPublisher {

    /** The outgoing channel; its topic is set in application.properties. */
    public static final String CHANNEL = "articles-ingested";

    private static final URI SOURCE = URI.create(CloudEventTypes.INGEST_SOURCE);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    /** What a batch's record callback leaves when Kafka acknowledged the record. */
    private static final Object ACKNOWLEDGED = new Object();

    private final Emitter<byte[]> emitter;
    private final KafkaClientService kafka;
    private final IngestedRecords records;
    private final String topic;
    private final ObjectWriter eventWriter;
    private final Duration publishTimeout;

    public IngestedPublisher(
            @Channel(CHANNEL) Emitter<byte[]> emitter,
            KafkaClientService kafka,
            IngestedRecords records,
            ObjectMapper objectMapper,
            IngestConfig config) {
        this.emitter = emitter;
        this.kafka = kafka;
        this.records = records;
        this.topic = records.topic();
        this.eventWriter = objectMapper.writerFor(ArticleIngested.class);
        this.publishTimeout = config.publishTimeout();
    }

    /**
     * @return a Uni that completes when Kafka acknowledged the event, or fails with {@link
     *     PublishFailedException} when it did not within the producer's timeouts
     */
    public Uni<Void> publish(ArticleIngested event) {
        byte[] json = toJson(event);
        return Uni.createFrom()
                .completionStage(() -> send(event, json))
                .ifNoItem()
                .after(publishTimeout)
                .failWith(() -> new TimeoutException("no ack from Kafka within " + publishTimeout))
                .onFailure()
                .transform(failure -> {
                    Log.warnf(
                            "Kafka did not take article %s version %d: %s",
                            event.id(), event.version(), unwrapped(failure).toString());
                    return new PublishFailedException("Kafka did not acknowledge the article", unwrapped(failure));
                });
    }

    /**
     * Publishes a batch, blocking: call it on a worker thread. Every event is serialised and sent
     * with the channel's Kafka producer itself, which is thread-safe (the connector's one sending
     * thread, and its per-record overhead, would bound a batch's rate); the producer is flushed once
     * (rather than the batch's last records waiting out linger.ms, or each being awaited in turn),
     * and every record is then acknowledged or failed. The records are those of {@link #publish}:
     * the same key, value and CloudEvents headers, and the trace context of {@code trace}.
     *
     * <p>The producer is first asked for the topic's partitions, which it knows at once while the
     * broker is there; without a broker the whole batch fails after max.block.ms, rather than each
     * record after it in turn.
     *
     * @return in the order of {@code events}: {@code null} for an event Kafka acknowledged, else why
     *     it did not ({@link PublishFailedException})
     */
    public List<Throwable> publishAllBlocking(List<ArticleIngested> events, Context trace) {
        if (events.isEmpty()) {
            return List.of();
        }
        Producer<Object, Object> producer =
                kafka.<Object, Object>getProducer(CHANNEL).unwrap();
        try {
            producer.partitionsFor(topic);
        } catch (KafkaException e) {
            Log.warnf("Kafka cannot take a batch of %d articles: %s", events.size(), e.toString());
            return Collections.nCopies(events.size(), new PublishFailedException("Kafka is not reachable", e));
        }
        // Per record: null until Kafka answers, then ACKNOWLEDGED or the failure.
        AtomicReferenceArray<Object> answers = new AtomicReferenceArray<>(events.size());
        CountDownLatch settled = new CountDownLatch(events.size());
        for (int i = 0; i < events.size(); i++) {
            int index = i;
            try {
                producer.send(records.of(events.get(i), toJson(events.get(i)), trace), (metadata, failure) -> {
                    answers.set(index, failure == null ? ACKNOWLEDGED : failure);
                    settled.countDown();
                });
            } catch (RuntimeException e) {
                // Buffer full for max.block.ms, or an oversized record: this record fails, not the batch.
                answers.set(index, e);
                settled.countDown();
            }
        }
        producer.flush();
        try {
            if (!settled.await(publishTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                Log.warnf("Kafka did not settle a batch of %d articles within %s", events.size(), publishTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return outcomes(answers);
    }

    private List<Throwable> outcomes(AtomicReferenceArray<Object> answers) {
        List<Throwable> outcomes = new ArrayList<>(answers.length());
        int failed = 0;
        Throwable first = null;
        for (int i = 0; i < answers.length(); i++) {
            Object answer = answers.get(i);
            if (answer == ACKNOWLEDGED) {
                outcomes.add(null);
                continue;
            }
            Throwable cause = answer instanceof Throwable failure
                    ? failure
                    : new TimeoutException("no ack from Kafka within " + publishTimeout);
            failed++;
            first = first == null ? cause : first;
            outcomes.add(new PublishFailedException("Kafka did not acknowledge the article", cause));
        }
        if (failed > 0) {
            Log.warnf(
                    "Kafka did not take %d of a batch of %d articles: %s", failed, answers.length(), first.toString());
        }
        return outcomes;
    }

    /** Hands the record to the producer; the future completes when Kafka acknowledged it, or failed. */
    private CompletableFuture<Void> send(ArticleIngested event, byte[] json) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        String key = event.id().toString();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(CloudEventTypes.eventId(event.id(), event.version()))
                        .withType(CloudEventTypes.ARTICLE_INGESTED)
                        .withSource(SOURCE)
                        .withSubject(key)
                        .withDataContentType("application/json")
                        .withTimestamp(event.ingestedAt().atZone(ZoneOffset.UTC))
                        .build(),
                // The request's span, current here, is the parent of the send span whose context the
                // connector writes into the record's headers (traceparent); without a collector
                // configured the context is empty and nothing is written.
                TracingMetadata.withCurrent(Context.current()));
        Message<byte[]> message = Message.of(
                json,
                metadata,
                () -> {
                    acknowledged.complete(null);
                    return DONE;
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return DONE;
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            // A full buffer or a channel that is down: failed like a nack, not thrown at the caller.
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** UTF-8 JSON, written as bytes: the record's value as it goes to Kafka, with no String between. */
    private byte[] toJson(ArticleIngested event) {
        try {
            return eventWriter.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            // A record of strings, lists and instants always serialises; failing here is a bug.
            throw new IllegalStateException("could not serialise ArticleIngested " + event.id(), e);
        }
    }
}
