package dev.tidings.enrichment.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.CloudEventTypes;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes enriched articles to {@code articles.enriched}, keyed by article id, as CloudEvents. */
@ApplicationScoped
public class EnrichedArticlePublisher {

    public static final String CHANNEL = "articles-enriched";

    private static final URI SOURCE = URI.create(CloudEventTypes.ENRICHMENT_SOURCE);

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper mapper;

    EnrichedArticlePublisher(@Channel(CHANNEL) MutinyEmitter<String> emitter, ObjectMapper mapper) {
        this.emitter = emitter;
        this.mapper = mapper;
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
        String key = article.id().toString();
        Message<String> message = Message.of(json(article))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(key)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.<String>builder()
                        // One submission of one article, one event id: a redelivery repeats it.
                        .withId(CloudEventTypes.eventId(article.id(), article.version()))
                        .withType(CloudEventTypes.ARTICLE_ENRICHED)
                        .withSource(SOURCE)
                        .withSubject(key)
                        .withDataContentType("application/json")
                        .withTimestamp(article.enrichedAt().atZone(ZoneOffset.UTC))
                        .build());
        if (trace.isPresent()) {
            message = message.addMetadata(trace.get());
        }
        emitter.sendMessageAndAwait(message);
    }

    private String json(ArticleEnriched article) {
        try {
            return mapper.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            // The event is records, strings and numbers only: this is a bug, not bad input.
            throw new IllegalStateException("Cannot write ArticleEnriched as JSON", e);
        }
    }
}
