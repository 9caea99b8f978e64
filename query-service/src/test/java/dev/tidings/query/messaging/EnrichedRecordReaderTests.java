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
import dev.tidings.events.InvalidEventException;
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
    void recordsTheContractRefusesAreRefusedWithItsReason() {
        String reason = rejected(doc -> {
            doc.remove("id");
            ((ObjectNode) doc.at("/entities/0/mentions/0")).put("end", 100_000);
        });
        assertTrue(reason.startsWith("not an ArticleEnriched: "), reason);
        assertTrue(reason.contains("id: required"), reason);
        assertTrue(assertThrows(InvalidEventException.class, () -> reader.read("{\"id\": \"oops"))
                .getMessage()
                .startsWith("not valid JSON"));
    }

    private String rejected(Consumer<ObjectNode> damage) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(FixtureArticles.json(FixtureArticles.article(id, 7, FIRST, 1)));
            damage.accept(doc);
            return assertThrows(InvalidEventException.class, () -> reader.read(doc.toString()))
                    .getMessage();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
