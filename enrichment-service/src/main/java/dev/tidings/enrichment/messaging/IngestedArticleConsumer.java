package dev.tidings.enrichment.messaging;

import dev.tidings.enrichment.enricher.ArticleEnricher;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.InvalidEventException;
import dev.tidings.http.LogKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;

/**
 * Enriches each ingested article and publishes the result.
 *
 * <p>The record is acknowledged, and its offset becomes committable, only after Kafka acknowledged
 * the enriched record: the send is awaited. If anything fails (an unreadable record, a tagger's
 * exception, a send that keeps failing) the record is nacked and, by the channel's {@code dead-letter-queue}
 * failure strategy, copied to {@code articles.ingested.dlq} with the reason in the {@code
 * dead-letter-reason} header; consumption goes on.
 *
 * <p>A send that fails because Kafka is unavailable for now is retried with backoff rather than
 * dead-lettered (see {@link #publishWhenKafkaCan}).
 *
 * <p>Tagging is CPU work, so it runs on a worker pool, never on the event loop. The pool is as wide
 * as the machine has cores ({@code smallrye.messaging.worker.enrichment.max-concurrency}); records
 * are not kept in order, which is harmless: query-service keeps the newest version of an article
 * whatever order its versions arrive in, and enrichment is deterministic, so a redelivered record
 * gives the same tags.
 */
// Built at startup rather than on the first record, so that its counters show in /q/metrics at 0.
@Startup
@ApplicationScoped
public class IngestedArticleConsumer {

    public static final String CHANNEL = "articles-ingested";

    static final String WORKER_POOL = "enrichment";

    private final ArticleEnricher enricher;
    private final EnrichedArticlePublisher publisher;
    private final Duration publishRetryFor;
    private final KafkaUnavailable kafkaUnavailable = new KafkaUnavailable();
    private final Counter handled;
    private final Counter failed;

    IngestedArticleConsumer(
            ArticleEnricher enricher,
            EnrichedArticlePublisher publisher,
            MeterRegistry registry,
            @ConfigProperty(name = "tidings.enrichment.publish-retry-for", defaultValue = "5m")
                    Duration publishRetryFor) {
        this.enricher = enricher;
        this.publisher = publisher;
        this.publishRetryFor = publishRetryFor;
        this.handled = Counter.builder("tidings.enrichment.articles.handled")
                .description("Ingested articles enriched and published")
                .register(registry);
        this.failed = Counter.builder("tidings.enrichment.articles.failed")
                .description("Ingested records sent to the dead-letter topic")
                .register(registry);
    }

    /**
     * Publishes, retrying with backoff (1 s doubling to 30 s) while Kafka cannot take the record for a
     * passing reason, for at most {@code tidings.enrichment.publish-retry-for}; the record stays
     * unacknowledged meanwhile, so nothing is committed past it. Each try already includes the
     * producer's own retries (delivery.timeout.ms). A failure that is not transient, or one that
     * outlasts the budget, propagates and dead-letters the record.
     */
    private void publishWhenKafkaCan(ArticleEnriched enriched, Optional<TracingMetadata> trace) {
        Uni.createFrom()
                .item(() -> {
                    publisher.publish(enriched, trace);
                    return enriched;
                })
                .onFailure(kafkaUnavailable)
                .invoke(e -> Log.warnf(
                        "Kafka did not take enriched article %s version %d, retrying: %s",
                        enriched.id(), enriched.version(), e.toString()))
                .onFailure(kafkaUnavailable)
                .retry()
                .withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30))
                .expireIn(publishRetryFor.toMillis())
                .await()
                .indefinitely();
    }

    @Incoming(CHANNEL)
    @Blocking(value = WORKER_POOL, ordered = false)
    public CompletionStage<Void> enrich(Message<String> record) {
        // The connector's consume span (a child of ingest's send, from the record's headers) is made
        // current while the record is handled, so that log lines carry its traceId; the enriched
        // record's send span gets it as parent through the copied TracingMetadata.
        Optional<TracingMetadata> trace = TracingMetadata.fromMessage(record);
        Context consumed = trace.map(TracingMetadata::getCurrentContext).orElse(null);
        try (Scope traced = consumed == null ? Scope.noop() : consumed.makeCurrent()) {
            return handle(record, trace);
        }
    }

    private CompletionStage<Void> handle(Message<String> record, Optional<TracingMetadata> trace) {
        // Each record runs on its own duplicated Vert.x context, where Quarkus keeps the MDC: the key
        // is removed again below all the same, the worker thread serves other records next.
        try {
            ArticleIngested article =
                    ArticleEventReader.INGESTED.read(record.getPayload()).event();
            MDC.put(LogKeys.ARTICLE_ID, article.id().toString());
            ArticleEnriched enriched = enricher.enrich(article);
            publishWhenKafkaCan(enriched, trace);
            handled.increment();
            Log.debugf(
                    "Enriched article %s version %d: %s, %d entities",
                    enriched.id(),
                    enriched.version(),
                    enriched.language().code(),
                    enriched.entities().size());
            return record.ack();
        } catch (InvalidEventException e) {
            failed.increment();
            Log.warnf("Ingested record sent to the dead-letter topic: %s", e.getMessage());
            return record.nack(e);
        } catch (RuntimeException e) {
            failed.increment();
            Log.errorf(e, "Enrichment failed; ingested record sent to the dead-letter topic");
            // Named, so that the dead-letter-reason header is never empty (an NPE has no message).
            return record.nack(new IllegalStateException("enrichment failed: " + e, e));
        } finally {
            MDC.remove(LogKeys.ARTICLE_ID);
        }
    }
}
