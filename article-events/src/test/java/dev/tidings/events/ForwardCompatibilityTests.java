package dev.tidings.events;

import static dev.tidings.events.EventFixtures.enriched;
import static dev.tidings.events.EventFixtures.ingested;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * A consumer built today against an event from a newer producer that added fields, at the top
 * level and inside tags: it accepts the event, reads what it knows, and keeps the rest in the JSON
 * (query-service stores and serves it from there).
 */
class ForwardCompatibilityTests {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();

    @Test
    void aConsumerOfTodayAcceptsAnEnrichedEventWithFieldsAddedLater() {
        ObjectNode newer = JSON.valueToTree(enriched());
        newer.putObject("audience").put("scope", "regional").putArray("regions").add("KR-26");
        newer.put("paywall", "metered");
        ((ObjectNode) newer.at("/entities/0")).put("wikidata", "https://www.wikidata.org/wiki/Q000");
        ((ObjectNode) newer.at("/entities/0/mentions/0")).put("sentence", 0);
        ((ObjectNode) newer.at("/segments/teasers/0")).put("url", "https://news.example.org/rates");
        ((ObjectNode) newer.at("/quotes/0/speaker")).put("role", "union leader");
        ((ObjectNode) newer.at("/language")).put("script", "Latn");
        ((ObjectNode) newer.at("/tone")).put("neutral", 95.5);

        ArticleEventReader.Valid<ArticleEnriched> read = ArticleEventReader.ENRICHED.read(newer.toString());

        assertEquals(enriched(), read.event());
        assertEquals("regional", read.json().at("/audience/scope").asText());
        assertEquals(
                "https://www.wikidata.org/wiki/Q000",
                read.json().at("/entities/0/wikidata").asText());
        assertEquals(newer, read.json());
    }

    @Test
    void aConsumerOfTodayAcceptsAnIngestedEventWithFieldsAddedLater() {
        ObjectNode newer = JSON.valueToTree(ingested());
        newer.put("producer", "wire-feed-7");

        assertEquals(
                ingested(), ArticleEventReader.INGESTED.read(newer.toString()).event());
    }
}
