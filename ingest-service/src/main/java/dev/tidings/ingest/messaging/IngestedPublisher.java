package dev.tidings.ingest.messaging;

import dev.tidings.events.ArticleEventMessages;
import dev.tidings.events.ArticleIngested;
import dev.tidings.ingest.config.IngestConfig;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes {@link ArticleIngested} events to {@code articles.ingested}, keyed by article id, as
 * CloudEvents in binary mode ({@link ArticleEventMessages}). The returned {@link Uni} completes only
 * once Kafka has acknowledged the record (acks=all), so a caller that answers after it never
 * reports an article it lost.
 */
@ApplicationScoped
public class IngestedPublisher {

    /** The outgoing channel; its topic is set in application.properties. */
    public static final String CHANNEL = "articles-ingested";

    /** What a batch's record callback leaves when Kafka acknowledged the record. */
    private static final Object ACKNOWLEDGED = new Object();

    private static final TextMapSetter<Headers> HEADER =
            (headers, name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8));

    private final MutinyEmitter<String> emitter;
    private final KafkaClientService kafka;
    private final OpenTelemetry openTelemetry;
    private final String topic;
    private final Duration publishTimeout;

    public IngestedPublisher(
            @Channel(CHANNEL) MutinyEmitter<String> emitter,
            KafkaClientService kafka,
            OpenTelemetry openTelemetry,
            @ConfigProperty(name = "mp.messaging.outgoing." + CHANNEL + ".topic") String topic,
            IngestConfig config) {
        this.emitter = emitter;
        this.kafka = kafka;
        this.openTelemetry = openTelemetry;
        this.topic = topic;
        this.publishTimeout = config.publishTimeout();
    }

    /**
     * @return a Uni that completes when Kafka acknowledged the event, or fails with {@link
     *     PublishFailedException} when it did not within the producer's timeouts
     */
    public Uni<Void> publish(ArticleIngested event) {
        Message<String> message = ArticleEventMessages.ingested(event)
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
                    Log.warnf(
                            "Kafka did not take article %s version %d: %s",
                            event.id(), event.version(), failure.toString());
                    return new PublishFailedException("Kafka did not acknowledge the article", failure);
                });
    }

    /**
     * Publishes a batch, blocking: call it on a worker thread. Every event is sent with the channel's
     * Kafka producer itself, which is thread-safe (the connector's one sending thread, and its
     * per-record overhead, would bound a batch's rate), as the record the connector would have made
     * of it ({@link ArticleEventMessages#ingestedRecord}) with the trace context of {@code trace};
     * the producer is flushed once (rather than the batch's last records waiting out linger.ms, or
     * each being awaited in turn), and every record is then acknowledged or failed.
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
        Producer<String, String> producer =
                kafka.<String, String>getProducer(CHANNEL).unwrap();
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
                ProducerRecord<String, String> record = ArticleEventMessages.ingestedRecord(topic, events.get(i));
                // Every article of the batch continues the trace of its POST.
                openTelemetry.getPropagators().getTextMapPropagator().inject(trace, record.headers(), HEADER);
                producer.send(record, (metadata, failure) -> {
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
}
