package dev.tidings.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArticleEventsRoundTripTests {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();
    private static final UUID ID = UUID.fromString("6f1c2d1e-5a7b-5c3d-9e8f-0a1b2c3d4e5f");
    private static final String HASH = "a".repeat(64);

    static ArticleIngested ingested() {
        return new ArticleIngested(
                ID,
                1_764_000_000_000_000L,
                "https://news.example.org/asia/ferry-strike?utm_source=x",
                "https://news.example.org/asia/ferry-strike",
                "Example News",
                "Ferry crews strike in Busan",
                "Ferry crews in Busan walked out yesterday, Kim Min-jun (김민준) said.",
                Instant.parse("2026-11-27T08:00:00Z"),
                "en",
                List.of("Ana Ortiz"),
                "Asia",
                "text",
                HASH,
                Instant.parse("2026-11-27T08:00:01.123456Z"));
    }

    static ArticleEnriched enriched() {
        var a = ingested();
        var kim = new Entity(
                "person:kim-min-jun",
                EntityType.PERSON,
                "Kim Min-jun",
                List.of("김민준"),
                List.of(new Mention(42, 53, "Kim Min-jun")),
                0.8);
        var busan = new Entity(
                "location:busan",
                EntityType.LOCATION,
                "Busan",
                List.of(),
                List.of(new Mention(15, 20, "Busan")),
                0.6,
                "KR",
                new GeoPoint(35.1, 129.04));
        return new ArticleEnriched(
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
                Instant.parse("2026-11-27T08:00:02Z"),
                1,
                new DetectedLanguage("en", 0.99),
                List.of(kim, busan),
                new Segments(
                        List.of(new RelatedLink("Port unions across Asia weigh solidarity strikes")),
                        List.of(new Teaser("SHIPPING", "Container rates rose for a third", true, List.of()))),
                List.of(new Country("KR", "South Korea", 2, 0.9)),
                "KR",
                List.of(new Quote("We will not sail", 60, 76, new Speaker("Kim Min-jun", kim.id()))),
                List.of(new Amount(300, "300 crew members", "crew members", null, 0, 16)),
                List.of(new Topic("medtop:09000000", "labour", 0.71)),
                List.of(new Keyword("ferry crews", 0.42)),
                new Tone(-2.5, 1.0, 3.5),
                "Ferry crews in Busan walked out yesterday.",
                "0123456789abcdef",
                "Crews of the harbour ferries stopped work over pay.",
                "https://news.example.org/images/ferry-strike.jpg",
                "https://news.example.org/asia/ferry-strike",
                new Coverage(true, true, true, true, true, true, true, true),
                Embedding.of(MODEL, VECTOR));
    }

    private static final String MODEL = "test-model-int8";
    private static final float[] VECTOR = {0.5f, -0.25f, 0.0f, 0.8f, -0.1f, 0.2f};

    @Test
    void ingestedSurvivesRoundTripAndMatchesItsSchema() throws Exception {
        String json = JSON.writeValueAsString(ingested());
        assertEquals(ingested(), JSON.readValue(json, ArticleIngested.class));
        assertValid("article-ingested.v1.json", json);
    }

    @Test
    void enrichedSurvivesRoundTripAndMatchesItsSchema() throws Exception {
        String json = JSON.writeValueAsString(enriched());
        assertEquals(enriched(), JSON.readValue(json, ArticleEnriched.class));
        assertValid("article-enriched.v1.json", json);
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
        assertEquals(plain, JSON.readValue(json, ArticleEnriched.class));
        assertValid("article-enriched.v1.json", json);
        assertEquals(0, JSON.readTree(json).get("segments").get("teasers").size());
    }

    @Test
    void anEventFromBeforeThePageFieldsStillReadsAndMatchesTheSchema() throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(JSON.writeValueAsString(enriched()));
        node.remove(List.of("description", "imageUrl", "canonicalUrl"));

        ArticleEnriched read = JSON.readValue(node.toString(), ArticleEnriched.class);

        assertValid("article-enriched.v1.json", node.toString());
        assertEquals(null, read.description());
        assertEquals(null, read.canonicalUrl());
        assertEquals(enriched().fingerprint(), read.fingerprint());
    }

    @Test
    void coverageSaysWhatRanAndAnEventFromBeforeItStillReads() throws Exception {
        JsonNode coverage = JSON.readTree(JSON.writeValueAsString(enriched())).get("coverage");
        assertEquals(8, coverage.size());
        assertTrue(coverage.get("quotes").asBoolean());

        var older = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(JSON.writeValueAsString(enriched()));
        older.remove("coverage");
        assertValid("article-enriched.v1.json", older.toString());
        assertEquals(
                null, JSON.readValue(older.toString(), ArticleEnriched.class).coverage());

        var partial =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(JSON.writeValueAsString(enriched()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) partial.get("coverage")).remove("tone");
        assertTrue(validate("article-enriched.v1.json", partial.toString()).stream()
                .anyMatch(m -> m.getMessage().contains("tone")));
    }

    @Test
    void theEmbeddingTravelsAsSignedBytesAndComesBackAtUnitLength() throws Exception {
        JsonNode embedding = JSON.readTree(JSON.writeValueAsString(enriched())).get("embedding");
        assertEquals(MODEL, embedding.get("model").asText());
        byte[] bytes =
                java.util.Base64.getDecoder().decode(embedding.get("int8").asText());
        assertEquals(VECTOR.length, bytes.length);
        assertEquals(127, bytes[3], "the largest component is scaled to 127");

        float[] read = JSON.readValue(JSON.writeValueAsString(enriched()), ArticleEnriched.class)
                .embedding()
                .vector();
        double dot = 0;
        double length = 0;
        double norm = 0;
        for (int i = 0; i < read.length; i++) {
            dot += read[i] * VECTOR[i];
            length += read[i] * read[i];
            norm += VECTOR[i] * VECTOR[i];
        }
        assertEquals(1.0, length, 1e-6);
        assertEquals(1.0, dot / Math.sqrt(norm), 1e-3, "cosine with the vector sent");
    }

    @Test
    void anEventWithoutAnEmbeddingStillReadsAndMatchesTheSchema() throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(JSON.writeValueAsString(enriched()));
        node.remove("embedding");
        assertValid("article-enriched.v1.json", node.toString());
        assertEquals(
                null, JSON.readValue(node.toString(), ArticleEnriched.class).embedding());

        node.putNull("embedding");
        assertValid("article-enriched.v1.json", node.toString());

        node.putObject("embedding").put("model", MODEL).put("int8", "not base64!");
        assertTrue(validate("article-enriched.v1.json", node.toString()).stream()
                .anyMatch(m -> m.getMessage().contains("int8")));
    }

    @Test
    void aVectorOfZerosIsNotAnEmbedding() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Embedding.of(MODEL, new float[3]));
    }

    @Test
    void instantsAreWrittenAsIsoStrings() throws Exception {
        JsonNode node = JSON.readTree(JSON.writeValueAsString(ingested()));
        assertEquals("2026-11-27T08:00:01.123456Z", node.get("ingestedAt").asText());
    }

    @Test
    void schemaRejectsAnIngestedEventWithoutABody() throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(JSON.writeValueAsString(ingested()));
        node.remove("body");
        assertTrue(validate("article-ingested.v1.json", node.toString()).stream()
                .anyMatch(m -> m.getMessage().contains("body")));
    }

    @Test
    void olderConsumersIgnoreFieldsAddedLater() throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(JSON.writeValueAsString(enriched()));
        node.put("addedInAFutureVersion", true);
        assertEquals(enriched(), JSON.readValue(node.toString(), ArticleEnriched.class));
    }

    private static void assertValid(String schema, String json) throws Exception {
        Set<ValidationMessage> errors = validate(schema, json);
        assertTrue(errors.isEmpty(), () -> schema + ": " + errors);
    }

    private static Set<ValidationMessage> validate(String schemaFile, String json) throws Exception {
        try (InputStream in = ArticleEventJson.class.getResourceAsStream("schema/" + schemaFile)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
            return schema.validate(JSON.readTree(json));
        }
    }
}
