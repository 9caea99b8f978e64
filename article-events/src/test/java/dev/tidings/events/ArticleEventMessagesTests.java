package dev.tidings.events;

import static dev.tidings.events.EventFixtures.enriched;
import static dev.tidings.events.EventFixtures.ingested;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class ArticleEventMessagesTests {

    @Test
    void anIngestedMessageIsKeyedByIdAndCarriesItsCloudEventsAttributes() {
        Message<String> message = ArticleEventMessages.ingested(ingested());

        assertEquals(
                ingested(),
                ArticleEventReader.INGESTED.read(message.getPayload()).event());
        assertEquals(EventFixtures.ID.toString(), kafka(message).getKey());
        OutgoingCloudEventMetadata<?> ce = cloudEvent(message);
        assertEquals(EventFixtures.ID + "/1764000000000000", ce.getId());
        assertEquals("tidings.article.ingested.v1", ce.getType());
        assertEquals(URI.create("/tidings/ingest-service"), ce.getSource());
        assertEquals(EventFixtures.ID.toString(), ce.getSubject().orElseThrow());
        assertEquals("application/json", ce.getDataContentType().orElseThrow());
        assertEquals(
                ingested().ingestedAt(),
                ce.getTimeStamp().map(ZonedDateTime::toInstant).orElseThrow());
    }

    @Test
    void anEnrichedMessageHasTheSameIdAsItsIngestedOneAndItsOwnTypeSourceAndTime() {
        Message<String> message = ArticleEventMessages.enriched(enriched());

        assertEquals(
                enriched(),
                ArticleEventReader.ENRICHED.read(message.getPayload()).event());
        assertEquals(EventFixtures.ID.toString(), kafka(message).getKey());
        OutgoingCloudEventMetadata<?> ce = cloudEvent(message);
        assertEquals(cloudEvent(ArticleEventMessages.ingested(ingested())).getId(), ce.getId());
        assertEquals("tidings.article.enriched.v1", ce.getType());
        assertEquals(URI.create("/tidings/enrichment-service"), ce.getSource());
        assertEquals(
                enriched().enrichedAt(),
                ce.getTimeStamp().map(ZonedDateTime::toInstant).orElseThrow());
    }

    @SuppressWarnings("unchecked") // the producers key every record with the article id as a String
    private static OutgoingKafkaRecordMetadata<String> kafka(Message<String> message) {
        return message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
    }

    private static OutgoingCloudEventMetadata<?> cloudEvent(Message<String> message) {
        return message.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow();
    }
}
