package dev.tidings.events;

import static dev.tidings.events.EventFixtures.enriched;
import static dev.tidings.events.EventFixtures.ingested;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
    void anEnrichedEventWithoutTheLaterTagsReadsWithEmptyTagsNotNulls() throws Exception {
        // As an enricher that found only the language and the entities would send it.
        ObjectNode older = JSON.valueToTree(enriched());
        older.remove(List.of(
                "segments",
                "countries",
                "focusCountry",
                "quotes",
                "amounts",
                "topics",
                "keywords",
                "tone",
                "summary",
                "fingerprint"));

        ArticleEnriched read =
                ArticleEventReader.ENRICHED.read(older.toString()).event();

        assertEquals(enriched().entities(), read.entities());
        assertEquals(Segments.NONE, read.segments());
        assertEquals(List.of(), read.quotes());
        assertEquals(List.of(), read.topics());
        assertEquals(
                0,
                JSON.readTree(JSON.writeValueAsString(read))
                        .get("segments")
                        .get("teasers")
                        .size());
    }

    @Test
    void instantsAreWrittenAsIsoStrings() throws Exception {
        JsonNode node = JSON.readTree(JSON.writeValueAsString(ingested()));
        assertEquals("2026-11-27T08:00:01.123456Z", node.get("ingestedAt").asText());
    }
}
