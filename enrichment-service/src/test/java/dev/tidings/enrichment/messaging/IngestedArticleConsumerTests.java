package dev.tidings.enrichment.messaging;

import static dev.tidings.enrichment.messaging.KafkaTopics.awaitRecord;
import static dev.tidings.enrichment.messaging.KafkaTopics.header;
import static dev.tidings.enrichment.messaging.KafkaTopics.produce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.enrichment.page.PageFixtures;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.ArticleTopics;
import dev.tidings.events.CloudEventTypes;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import dev.tidings.infra.LocalInfraTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class IngestedArticleConsumerTests {

    @Test
    void anIngestedArticleIsPublishedEnrichedUnderItsId() throws Exception {
        UUID id = UUID.randomUUID();
        ArticleIngested ingested = ArticleFixtures.ingested(id, ArticleFixtures.TITLE, ArticleFixtures.NEWS_PAGE);

        produce(ArticleTopics.INGESTED, id.toString(), ArticleEventJson.mapper().writeValueAsString(ingested));

        ConsumerRecord<String, String> record = awaitRecord(ArticleTopics.ENRICHED, id.toString());
        assertEquals(Optional.of(CloudEventTypes.ARTICLE_ENRICHED), header(record, "ce_type"));
        assertEquals(Optional.of(CloudEventTypes.ENRICHMENT_SOURCE), header(record, "ce_source"));
        assertEquals(Optional.of(CloudEventTypes.eventId(id, ingested.version())), header(record, "ce_id"));
        assertEquals(Optional.of(id.toString()), header(record, "ce_subject"));
        assertTrue(header(record, "ce_time").isPresent(), "ce_time header");
        ArticleEnriched enriched = ArticleEventJson.mapper().readValue(record.value(), ArticleEnriched.class);
        assertEquals(id, enriched.id());
        assertEquals(ingested.version(), enriched.version());
        // The body is the main story: the related link and the teasers are set aside.
        assertEquals(
                ArticleFixtures.NEWS_PAGE.substring(0, ArticleFixtures.NEWS_PAGE.indexOf("\nAlso see story:")),
                enriched.body());
        assertEquals(
                "Drought shrinks the maize harvest across central Europe",
                enriched.segments().related().get(0).title());
        assertEquals(2, enriched.segments().teasers().size());
        assertEquals(2, enriched.enrichmentVersion());
        assertEquals("en", enriched.language().code());
        assertMentionedAt(enriched, "person:maria-kovacs", EntityType.PERSON, "Maria Kovacs");
        assertMentionedAt(
                enriched, "organization:danube-water-institute", EntityType.ORGANIZATION, "Danube Water Institute");
        assertMentionedAt(enriched, "wikipedia:Vienna", EntityType.LOCATION, "Vienna");
        // The embedding of the headline and lead, for query-service's stories, as the preview gives it.
        assertEquals(384, enriched.embedding().bytes().length);
        assertEquals("all-MiniLM-L6-v2-int8", enriched.embedding().model());
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        String notJson = UUID.randomUUID().toString();
        String noBody = UUID.randomUUID().toString();
        UUID valid = UUID.randomUUID();
        ObjectNode withoutBody = ArticleEventJson.mapper()
                .valueToTree(ArticleFixtures.ingested(UUID.fromString(noBody), "A title", "A body."));
        withoutBody.remove("body");

        produce(ArticleTopics.INGESTED, notJson, "this is not JSON {");
        produce(ArticleTopics.INGESTED, noBody, withoutBody.toString());
        produce(
                ArticleTopics.INGESTED,
                valid.toString(),
                ArticleEventJson.mapper()
                        .writeValueAsString(
                                ArticleFixtures.ingested(valid, ArticleFixtures.TITLE, ArticleFixtures.NEWS_PAGE)));

        ConsumerRecord<String, String> poison = awaitRecord(ArticleTopics.INGESTED_DLQ, notJson);
        assertEquals("this is not JSON {", poison.value());
        String reason = header(poison, "dead-letter-reason").orElseThrow();
        assertTrue(reason.startsWith("not valid JSON"), reason);
        ConsumerRecord<String, String> incomplete = awaitRecord(ArticleTopics.INGESTED_DLQ, noBody);
        assertEquals(Optional.of("not an ArticleIngested: body: required"), header(incomplete, "dead-letter-reason"));
        ArticleEnriched enriched = ArticleEventJson.mapper()
                .readValue(awaitRecord(ArticleTopics.ENRICHED, valid.toString()).value(), ArticleEnriched.class);
        assertEquals(valid, enriched.id());
    }

    @Test
    void aWholePageWithoutATitleIsPublishedWithThePagesOwnAndTextWithoutOneIsNot() throws Exception {
        UUID page = UUID.randomUUID();
        UUID text = UUID.randomUUID();
        // As ingest sends it: a body without contentType that starts with tags is detected as html.
        ArticleIngested detected = ArticleFixtures.ingested(page, null, PageFixtures.page("ferry-strike.html"));
        ArticleIngested html = new ArticleIngested(
                detected.id(),
                detected.version(),
                detected.url(),
                detected.canonicalUrl(),
                detected.source(),
                null,
                detected.body(),
                detected.publishedAt(),
                detected.language(),
                detected.authors(),
                detected.section(),
                "html",
                detected.contentHash(),
                detected.ingestedAt());
        ArticleIngested plain = ArticleFixtures.ingested(text, null, ArticleFixtures.NEWS_PAGE);

        produce(
                ArticleTopics.INGESTED,
                page.toString(),
                ArticleEventJson.mapper().writeValueAsString(html));
        produce(
                ArticleTopics.INGESTED,
                text.toString(),
                ArticleEventJson.mapper().writeValueAsString(plain));

        ArticleEnriched enriched = ArticleEventJson.mapper()
                .readValue(awaitRecord(ArticleTopics.ENRICHED, page.toString()).value(), ArticleEnriched.class);
        assertEquals("Ferry crews in Keelung vote to strike over night shifts", enriched.title());
        assertEquals(String.join("\n", PageFixtures.FERRY_STORY), enriched.body());
        // The page's relative canonical link, resolved against the URL the article was submitted under.
        assertEquals("https://news.example.com/2026/03/14/ferry-crews-vote-to-strike", enriched.canonicalUrl());
        ConsumerRecord<String, String> untitled = awaitRecord(ArticleTopics.INGESTED_DLQ, text.toString());
        assertTrue(
                header(untitled, "dead-letter-reason").orElse("").contains("title"),
                () -> "dead-letter reason: " + header(untitled, "dead-letter-reason"));
    }

    private static void assertMentionedAt(ArticleEnriched article, String id, EntityType type, String name) {
        Entity entity = article.entities().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + article.entities()));
        assertEquals(type, entity.type());
        int start = article.body().indexOf(name);
        assertEquals(
                new Mention(start, start + name.length(), name),
                entity.mentions().get(0));
    }
}
