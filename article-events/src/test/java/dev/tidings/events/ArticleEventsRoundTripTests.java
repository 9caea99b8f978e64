package dev.tidings.events;

import static dev.tidings.events.EventFixtures.enriched;
import static dev.tidings.events.EventFixtures.ingested;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void anEventFromBeforeThePageFieldsAndCoverageStillReads() throws Exception {
        ObjectNode older = JSON.valueToTree(enriched());
        older.remove(List.of("description", "imageUrl", "canonicalUrl", "coverage"));

        ArticleEnriched read =
                ArticleEventReader.ENRICHED.read(older.toString()).event();

        assertNull(read.description());
        assertNull(read.canonicalUrl());
        assertNull(read.coverage());
        assertEquals(enriched().fingerprint(), read.fingerprint());
    }

    @Test
    void coverageSaysWhatRanAndMustNameEveryPart() throws Exception {
        JsonNode coverage = JSON.valueToTree(enriched()).get("coverage");
        assertEquals(8, coverage.size());
        assertTrue(coverage.get("quotes").asBoolean());

        ObjectNode partial = JSON.valueToTree(enriched());
        ((ObjectNode) partial.get("coverage")).remove("tone");
        InvalidEventException refused =
                assertThrows(InvalidEventException.class, () -> ArticleEventReader.ENRICHED.read(partial.toString()));
        assertTrue(refused.getMessage().contains("tone"), refused.getMessage());
    }

    @Test
    void anEntityWrittenBeforeLinksExistedStillReadsWithoutALink() throws Exception {
        ObjectNode node = JSON.valueToTree(enriched());
        ObjectNode busan = (ObjectNode) node.get("entities").get(1);
        busan.remove("link");
        busan.put("id", "location:busan");

        Entity read = ArticleEventReader.ENRICHED
                .read(node.toString())
                .event()
                .entities()
                .get(1);

        assertEquals("location:busan", read.id());
        assertNull(read.link());
    }

    @Test
    void aLinkWithoutItsIdIsRefused() {
        ObjectNode node = JSON.valueToTree(enriched());
        ((ObjectNode) node.get("entities").get(1).get("link")).remove("id");
        assertThrows(InvalidEventException.class, () -> ArticleEventReader.ENRICHED.read(node.toString()));
    }

    @Test
    void theEmbeddingTravelsAsSignedBytesAndComesBackAtUnitLength() throws Exception {
        float[] sent = EventFixtures.EMBEDDING_VECTOR;
        JsonNode embedding = JSON.valueToTree(enriched()).get("embedding");
        assertEquals(EventFixtures.EMBEDDING_MODEL, embedding.get("model").asText());
        byte[] bytes =
                java.util.Base64.getDecoder().decode(embedding.get("int8").asText());
        assertEquals(sent.length, bytes.length);
        assertEquals(127, bytes[3], "the largest component is scaled to 127");

        float[] read = ArticleEventReader.ENRICHED
                .read(JSON.writeValueAsString(enriched()))
                .event()
                .embedding()
                .vector();
        double dot = 0;
        double length = 0;
        double norm = 0;
        for (int i = 0; i < read.length; i++) {
            dot += read[i] * sent[i];
            length += read[i] * read[i];
            norm += sent[i] * sent[i];
        }
        assertEquals(1.0, length, 1e-6);
        assertEquals(1.0, dot / Math.sqrt(norm), 1e-3, "cosine with the vector sent");
    }

    @Test
    void anEventWithoutAnEmbeddingStillReads() throws Exception {
        ObjectNode node = JSON.valueToTree(enriched());
        node.remove("embedding");
        assertNull(ArticleEventReader.ENRICHED.read(node.toString()).event().embedding());

        node.putNull("embedding");
        assertNull(ArticleEventReader.ENRICHED.read(node.toString()).event().embedding());

        node.putObject("embedding").put("model", "m").put("int8", "not base64!");
        InvalidEventException refused =
                assertThrows(InvalidEventException.class, () -> ArticleEventReader.ENRICHED.read(node.toString()));
        assertTrue(refused.getMessage().contains("int8"), refused.getMessage());
    }

    @Test
    void aVectorOfZerosIsNotAnEmbedding() {
        assertThrows(IllegalArgumentException.class, () -> Embedding.of("m", new float[3]));
    }

    @Test
    void instantsAreWrittenAsIsoStrings() throws Exception {
        JsonNode node = JSON.readTree(JSON.writeValueAsString(ingested()));
        assertEquals("2026-11-27T08:00:01.123456Z", node.get("ingestedAt").asText());
    }
}
