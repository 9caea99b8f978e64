package dev.tidings.query.messaging;

import static dev.tidings.query.FixtureArticles.Content.FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.query.FixtureArticles;
import dev.tidings.query.article.ArticleRow;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EnrichedRecordReaderTests {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();
    private final EnrichedRecordReader reader = new EnrichedRecordReader(JSON);
    private final UUID id = UUID.randomUUID();

    @Test
    void validRecordBecomesARowKeepingUnknownFieldsAsTags() throws Exception {
        ArticleRow row = reader.read(FixtureArticles.json(FixtureArticles.article(id, 7, FIRST, 1)));

        assertEquals(id, row.id());
        assertEquals(7, row.version());
        assertEquals(FIRST.hash(), row.contentHash());
        JsonNode tags = JSON.readTree(row.tagsJson());
        assertEquals("SHIPPING", tags.at("/segments/teasers/0/kicker").asText());
        assertFalse(tags.has("title"), "fields with columns are not repeated as tags");
        assertEquals(
                "Lin Mei-hua", JSON.readTree(row.entitiesJson()).at("/0/name").asText());
    }

    @Test
    void notJsonIsRejected() {
        InvalidEnrichedRecordException e =
                assertThrows(InvalidEnrichedRecordException.class, () -> reader.read("{\"id\": \"oops"));
        assertTrue(e.getMessage().startsWith("not JSON"), e.getMessage());
    }

    @Test
    void missingIdAndVersionAreNamed() {
        String reason = rejected(doc -> {
            doc.remove("id");
            doc.remove("version");
        });
        assertTrue(reason.contains("id: required"), reason);
        assertTrue(reason.contains("version: required"), reason);
    }

    @Test
    void malformedFieldsAreNamed() {
        String reason = rejected(doc -> {
            doc.put("contentHash", "abc");
            doc.put("enrichmentVersion", 0);
            ((ObjectNode) doc.at("/entities/0")).put("type", "ANIMAL");
            ((ObjectNode) doc.at("/entities/0/mentions/0")).put("end", 100_000);
        });
        assertTrue(reason.contains("contentHash:"), reason);
        assertTrue(reason.contains("enrichmentVersion:"), reason);
        assertTrue(reason.contains("entities[0].type:"), reason);
        assertTrue(reason.contains("entities[0].mentions[0]:"), reason);
    }

    @Test
    void malformedSearchTagsAreNamed() {
        String reason = rejected(doc -> {
            doc.set(
                    "countries",
                    JSON.createArrayNode().add(JSON.createObjectNode().put("code", "Korea")));
            doc.set("topics", JSON.createArrayNode().add(JSON.createObjectNode().put("code", "politics")));
            doc.set("tone", JSON.createObjectNode().put("score", "glum"));
        });
        assertTrue(reason.contains("countries[0].code:"), reason);
        assertTrue(reason.contains("topics[0].code:"), reason);
        assertTrue(reason.contains("tone:"), reason);
    }

    private String rejected(Consumer<ObjectNode> damage) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(FixtureArticles.json(FixtureArticles.article(id, 7, FIRST, 1)));
            damage.accept(doc);
            return assertThrows(InvalidEnrichedRecordException.class, () -> reader.read(doc.toString()))
                    .getMessage();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
