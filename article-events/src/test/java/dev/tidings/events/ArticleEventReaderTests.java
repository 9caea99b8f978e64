package dev.tidings.events;

import static dev.tidings.events.EventFixtures.enriched;
import static dev.tidings.events.EventFixtures.ingested;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The records a consumer refuses, and the reasons their dead letters carry. */
class ArticleEventReaderTests {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();

    @Test
    void emptyAndNonJsonRecordsAreRefused() {
        assertEquals("record has no value", refused(ArticleEventReader.INGESTED, ""));
        assertEquals("record has no value", refused(ArticleEventReader.INGESTED, null));
        assertTrue(refused(ArticleEventReader.INGESTED, "ferry crews strike").startsWith("not valid JSON: "));
        assertTrue(refused(ArticleEventReader.ENRICHED, "{\"id\": \"oops").startsWith("not valid JSON: "));
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        assertEquals(
                "not an ArticleIngested: the record is not a JSON object",
                refused(ArticleEventReader.INGESTED, "[1,2,3]"));
        assertEquals(
                "not an ArticleEnriched: the record is not a JSON object",
                refused(ArticleEventReader.ENRICHED, "null"));
    }

    @Test
    void missingFieldsAreNamed() {
        String reason = refusedIngested(doc -> {
            doc.remove("body");
            doc.remove("version");
        });
        assertTrue(reason.startsWith("not an ArticleIngested: "), reason);
        assertNames(reason, "body: required", "version: required");
    }

    @Test
    void onlyAnHtmlPageMayComeWithoutATitle() {
        assertEquals("not an ArticleIngested: title: required", refusedIngested(doc -> doc.remove("title")));

        ObjectNode page = JSON.valueToTree(ingested());
        page.put("contentType", "html").put("body", "<html><head><title>Ferry crews strike</title></head></html>");
        page.remove("title");
        assertEquals(
                null, ArticleEventReader.INGESTED.read(page.toString()).event().title());
    }

    @Test
    void fieldsOfTheWrongShapeAreNamed() {
        String reason = refusedIngested(doc -> {
            doc.put("id", "../../etc/passwd");
            doc.put("version", "seven");
            doc.put("contentHash", true);
            doc.put("ingestedAt", "yesterday");
            doc.put("contentType", "pdf");
        });
        assertNames(
                reason,
                "id: must be a uuid",
                "version: string found, integer expected",
                "contentHash: boolean found, string expected",
                "ingestedAt: must be a date-time",
                "contentType:");
    }

    @Test
    void nestedTagsAreNamedByTheirPath() {
        String reason = refusedEnriched(doc -> {
            ((ObjectNode) doc.at("/entities/0")).put("type", "ANIMAL");
            ((ObjectNode) doc.at("/countries/0")).put("code", "Korea");
            ((ObjectNode) doc.at("/topics/0")).put("code", "politics");
            ((ObjectNode) doc.at("/tone")).put("score", "glum");
            doc.put("enrichmentVersion", 0);
        });
        assertNames(
                reason,
                "entities[0].type:",
                "countries[0].code:",
                "topics[0].code:",
                "tone.score:",
                "enrichmentVersion:");
    }

    @Test
    void offsetsOutsideTheirTextAreNamed() {
        int body = EventFixtures.BODY.length();
        String reason = refusedEnriched(doc -> {
            ((ObjectNode) doc.at("/entities/1/mentions/0")).put("end", body + 1);
            ((ObjectNode) doc.at("/quotes/0")).put("start", 50).put("end", 40);
            ((ObjectNode) doc.at("/amounts/0")).put("start", body).put("end", body + 16);
            ((ObjectNode) doc.at("/segments/teasers/0/entities/0/mentions/0")).put("end", 99);
        });
        assertNames(
                reason,
                "entities[1].mentions[0]: start ",
                "must be offsets into body (length " + body + ")",
                "quotes[0]: start 50 and end 40",
                "amounts[0]:",
                "segments.teasers[0].entities[0].mentions[0]:",
                "must be offsets into the teaser's text");
    }

    @Test
    void offsetsAtTheEndOfTheBodyAreAccepted() {
        String text = EventFixtures.BODY;
        ObjectNode doc = JSON.valueToTree(enriched());
        ((ObjectNode) doc.at("/entities/0/mentions/0"))
                .put("start", text.length() - 1)
                .put("end", text.length());
        ArticleEventReader.ENRICHED.read(doc.toString());
    }

    @Test
    void aValueJavaCannotHoldIsNamed() {
        String json = JSON.valueToTree(ingested()).toString().replaceFirst("\"version\":\\d+", "\"version\":1e400");
        String reason = refused(ArticleEventReader.INGESTED, json);
        assertTrue(reason.startsWith("not an ArticleIngested: version"), reason);
    }

    @Test
    void aLongReasonIsCut() {
        String reason = refusedEnriched(doc -> {
            for (int i = 0; i < 30; i++) {
                doc.put("title", 1).put("body", 2).put("url", 3);
                doc.withArray("authors").add(i);
            }
        });
        assertTrue(reason.endsWith(" more"), reason);
        assertTrue(reason.length() < 2_000, reason);
    }

    private static void assertNames(String reason, String... problems) {
        for (String problem : problems) {
            assertTrue(reason.contains(problem), () -> "no '" + problem + "' in: " + reason);
        }
    }

    private static String refusedIngested(Consumer<ObjectNode> damage) {
        ObjectNode doc = JSON.valueToTree(ingested());
        damage.accept(doc);
        return refused(ArticleEventReader.INGESTED, doc.toString());
    }

    private static String refusedEnriched(Consumer<ObjectNode> damage) {
        ObjectNode doc = JSON.valueToTree(enriched());
        damage.accept(doc);
        return refused(ArticleEventReader.ENRICHED, doc.toString());
    }

    private static String refused(ArticleEventReader<?> reader, String value) {
        return assertThrows(InvalidEventException.class, () -> reader.read(value))
                .getMessage();
    }
}
