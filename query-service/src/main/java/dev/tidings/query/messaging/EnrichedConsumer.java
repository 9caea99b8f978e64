package dev.tidings.query.messaging;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.events.InvalidEventException;
import dev.tidings.http.LogKeys;
import dev.tidings.query.article.ArticleStore;
import dev.tidings.query.article.UpsertOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;

/**
 * Stores each enriched article from Kafka. The returned Uni completes once the row's transaction
 * has committed, and only then is the record acked and its offset eligible for commit; a record
 * that can never be stored fails the Uni and goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class EnrichedConsumer {
    public static final String CHANNEL = "articles-enriched";

    private final ArticleStore store;
    private final StoreRetryConfig retry;
    private final TransientDatabaseFailure transientFailure = new TransientDatabaseFailure();
    private final Counter stored;
    private final Counter skipped;
    private final Counter failed;
    private final Timer storeDuration;
    private final Timer pipelineLatency;

    public EnrichedConsumer(ArticleStore store, StoreRetryConfig retry, MeterRegistry registry) {
        this.store = store;
        this.retry = retry;
        this.stored = Counter.builder("tidings.query.articles.stored")
                .description("Enriched articles written, new or newer than the stored version")
                .register(registry);
        this.skipped = Counter.builder("tidings.query.articles.skipped")
                .description("Enriched articles not written because the stored version is as new or newer")
                .register(registry);
        this.failed = Counter.builder("tidings.query.articles.failed")
                .description("Enriched-topic records that could not be stored and went to the dead-letter topic")
                .register(registry);
        // Histogram buckets for both come from LatencyHistograms.
        this.storeDuration = Timer.builder("tidings.query.store.duration")
                .description("Time to store one enriched article, retries for a passing database failure included")
                .register(registry);
        this.pipelineLatency = Timer.builder("tidings.pipeline.latency")
                .description("Time from ingest's acceptance of an article (ingestedAt) to its row's commit here;"
                        + " a replay stores old articles again, which shows as outliers")
                .register(registry);
    }

    /**
     * Acks the record once its row is committed (or found older than the stored one), nacks it, and
     * so dead-letters it, when it can never be stored.
     *
     * <p>The connector's consume span (a child of enrichment's send span, from the record's headers)
     * is made current while the record is stored, so that the database spans join the article's trace.
     */
    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> record) {
        io.opentelemetry.context.Context trace = TracingMetadata.fromMessage(record)
                .map(TracingMetadata::getCurrentContext)
                .orElse(null);
        return consume(record.getPayload(), trace)
                .onItemOrFailure()
                .transformToUni((ignored, failure) ->
                        Uni.createFrom().completionStage(failure == null ? record.ack() : record.nack(failure)));
    }

    /** Stores one record's value; the Uni fails when the record can never be stored. */
    public Uni<Void> consume(String payload) {
        return consume(payload, null);
    }

    private Uni<Void> consume(String payload, io.opentelemetry.context.Context trace) {
        ArticleEventReader.Valid<ArticleEnriched> read;
        try {
            read = ArticleEventReader.ENRICHED.read(payload);
        } catch (InvalidEventException e) {
            failed.increment();
            Log.warnf("Dead-lettering an enriched record: %s", e.getMessage());
            return Uni.createFrom().failure(e);
        }
        // Each record has its own duplicated Vert.x context, where Quarkus keeps both the MDC and the
        // current trace context: both are set for this record's work and removed when it is settled.
        ArticleEnriched article = read.event();
        MDC.put(LogKeys.ARTICLE_ID, article.id().toString());
        Scope traced = trace != null && Span.fromContext(trace).getSpanContext().isValid()
                ? trace.makeCurrent()
                : Scope.noop();
        long start = System.nanoTime();
        return storeWithRetry(read)
                .invoke(outcome -> {
                    storeDuration.record(Duration.ofNanos(System.nanoTime() - start));
                    if (outcome == UpsertOutcome.STORED) {
                        Duration sinceIngest = Duration.between(article.ingestedAt(), Instant.now());
                        if (!sinceIngest.isNegative()) {
                            pipelineLatency.record(sinceIngest);
                        }
                    }
                    (outcome == UpsertOutcome.STORED ? stored : skipped).increment();
                    Log.debugf("Article %s version %d: %s", article.id(), article.version(), outcome);
                })
                .onFailure()
                .invoke(e -> {
                    failed.increment();
                    Log.errorf(
                            e, "Dead-lettering article %s version %d: storing failed", article.id(), article.version());
                })
                .onTermination()
                .invoke(() -> {
                    traced.close();
                    MDC.remove(LogKeys.ARTICLE_ID);
                })
                .replaceWithVoid();
    }

    private Uni<UpsertOutcome> storeWithRetry(ArticleEventReader.Valid<ArticleEnriched> read) {
        // Hibernate Reactive must run on the record's Vert.x context; after a backoff the retry
        // would otherwise resubscribe on a timer thread.
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
        return Uni.createFrom()
                .deferred(() -> store.upsert(read))
                .runSubscriptionOn(onContext)
                .onFailure(transientFailure)
                .invoke(e -> Log.warnf(
                        "Storing article %s failed for a passing reason, retrying: %s",
                        read.event().id(), e.toString()))
                .onFailure(transientFailure)
                .retry()
                .withBackOff(retry.initialBackoff(), retry.maxBackoff())
                .indefinitely();
    }
}
