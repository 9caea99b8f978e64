package dev.tidings.events;

import static dev.tidings.events.EventFixtures.enriched;
import static dev.tidings.events.EventFixtures.ingested;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What a producer writes, a consumer reads back as the same event, and it meets its schema. */
class ArticleEventsRoundTripTests {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();

    @Test
    void ingestedSurvivesRoundTripAndMatchesItsSchema() throws Exception {
        String json = JSON.writeValueAsString(ingested());
        assertEquals(ingested(), ArticleEventReader.INGESTED.read(json).event());
    }

    @Test
    void enrichedSurvivesRoundTripAndMatchesItsSchema() throws Exception {
        String json = JSON.writeValueAsString(enriched());
        assertEquals(enriched(), ArticleEventReader.ENRICHED.read(json).event());
    }

    @Test
    void enrichedWithLanguageAndEntitiesOnlyHasEmptyTagsNotNulls() throws Exception {
        var a = enriched();
        var plain = new ArticleEnriched(
                a.id(),
                a.version(),
                a.url(),
                a.source(),
                a.title(),
                a.body(),
                a.publishedAt(),
                a.authors(),
                a.section(),
                a.contentHash(),
                a.ingestedAt(),
                a.enrichedAt(),
                a.enrichmentVersion(),
                a.language(),
                a.entities());
        String json = JSON.writeValueAsString(plain);
        assertEquals(plain, ArticleEventReader.ENRICHED.read(json).event());
        assertEquals(0, JSON.readTree(json).get("segments").get("teasers").size());
    }

    @Test
    void instantsAreWrittenAsIsoStrings() throws Exception {
        JsonNode node = JSON.readTree(JSON.writeValueAsString(ingested()));
        assertEquals("2026-11-27T08:00:01.123456Z", node.get("ingestedAt").asText());
    }
}
