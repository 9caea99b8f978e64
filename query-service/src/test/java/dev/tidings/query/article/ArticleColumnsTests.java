package dev.tidings.query.article;

import static dev.tidings.query.FixtureArticles.Content.FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.query.FixtureArticles;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One enriched event as the upsert binds it: columns for the searched fields, the rest as received. */
class ArticleColumnsTests {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();
    private final UUID id = UUID.randomUUID();

    @Test
    void fieldsWithColumnsBecomeTheirValuesAndEveryOtherFieldATag() throws Exception {
        ObjectNode event = event();

        Map<String, Object> parameters = ArticleColumns.parameters(event);

        assertEquals(id, parameters.get("id"));
        assertEquals(7L, parameters.get("version"));
        assertEquals(1, parameters.get("enrichment_version"));
        assertEquals(FIRST.hash(), parameters.get("content_hash"));
        assertEquals("en", parameters.get("language_code"));
        assertEquals(0.97, parameters.get("language_confidence"));
        assertEquals(
                OffsetDateTime.of(2026, 11, 24, 7, 0, 0, 123_456_000, ZoneOffset.UTC), parameters.get("ingested_at"));
        assertEquals(
                "Lin Mei-hua",
                JSON.readTree((String) parameters.get("entities")).at("/0/name").asText());
        JsonNode tags = JSON.readTree((String) parameters.get("tags"));
        assertEquals("SHIPPING", tags.at("/segments/teasers/0/kicker").asText());
        assertEquals("segments v1", tags.get("enricherNote").asText());
        assertFalse(tags.has("title"), "fields with columns are not repeated as tags");
        assertFalse(tags.has("language"), "language has nothing beyond its columns");
    }

    @Test
    void fieldsANewerEnricherAddsAreKeptAsReceived() throws Exception {
        ObjectNode event = event();
        // Fields that do not exist yet (coverage and link now do, with schemas of their own).
        event.putObject("reach").put("scope", "regional");
        ((ObjectNode) event.at("/entities/0")).put("sameAs", "https://www.wikidata.org/wiki/Q000");
        ((ObjectNode) event.at("/language")).put("script", "Latn");

        Map<String, Object> parameters = ArticleColumns.parameters(
                ArticleEventReader.ENRICHED.read(event.toString()).json());

        JsonNode tags = JSON.readTree((String) parameters.get("tags"));
        assertEquals(event.get("reach"), tags.get("reach"));
        assertEquals(JSON.createObjectNode().put("script", "Latn"), tags.get("language"));
        assertTrue(((String) parameters.get("entities")).contains("\"sameAs\":\"https://www.wikidata.org/wiki/Q000\""));
    }

    private ObjectNode event() throws Exception {
        return (ObjectNode) JSON.readTree(FixtureArticles.json(FixtureArticles.article(id, 7, FIRST, 1)));
    }
}
