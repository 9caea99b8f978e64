package dev.tidings.enrichment.messaging;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventMessages;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes enriched articles to {@code articles.enriched}, keyed by article id, as CloudEvents. */
@ApplicationScoped
public class EnrichedArticlePublisher {

    public static final String CHANNEL = "articles-enriched";

    private final MutinyEmitter<String> emitter;

    EnrichedArticlePublisher(@Channel(CHANNEL) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /**
     * Returns once Kafka has acknowledged the record (the producer waits for all in-sync replicas),
     * and throws if it did not, so that the caller acknowledges the ingested record only then.
     *
     * @param trace the ingested record's tracing metadata: the enriched record's send span becomes a
     *     child of the ingested record's consume span, so that one trace runs from ingest's request
     *     to query-service's write (the connector puts the context in the record's headers)
     */
    public void publish(ArticleEnriched article, Optional<TracingMetadata> trace) {
        Message<String> message = ArticleEventMessages.enriched(article);
        if (trace.isPresent()) {
            message = message.addMetadata(trace.get());
        }
        emitter.sendMessageAndAwait(message);
    }
}
