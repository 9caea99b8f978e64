package dev.tidings.ingest.messaging;

import dev.tidings.events.ArticleEventMessages;
import dev.tidings.events.ArticleIngested;
import dev.tidings.ingest.config.IngestConfig;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
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

    private final MutinyEmitter<String> emitter;
    private final Duration publishTimeout;

    public IngestedPublisher(@Channel(CHANNEL) MutinyEmitter<String> emitter, IngestConfig config) {
        this.emitter = emitter;
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
}
