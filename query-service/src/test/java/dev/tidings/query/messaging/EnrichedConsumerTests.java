package dev.tidings.query.messaging;

import static dev.tidings.query.FixtureArticles.Content.FIRST;
import static dev.tidings.query.FixtureArticles.Content.SECOND;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.EnrichedTopic;
import dev.tidings.query.FixtureArticles;
import dev.tidings.query.Metrics;
import dev.tidings.query.SearchApi;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Records on articles.enriched, through the consumer and the database, to the API. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class EnrichedConsumerTests {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long V1 = 1_764_100_000_000_000L;
    private static final long V2 = V1 + 5_000_000L;
    private static final String SKIPPED = "tidings_query_articles_skipped_total";

    private static EnrichedTopic topic;

    @BeforeAll
    static void connect() {
        topic = new EnrichedTopic();
    }

    @AfterAll
    static void disconnect() {
        if (topic != null) {
            topic.close();
        }
    }

    @Test
    void enrichedRecordIsStoredAndServed() {
        UUID id = UUID.randomUUID();
        ArticleEnriched article = FixtureArticles.article(id, V1, FIRST, 1);

        topic.send(id.toString(), FixtureArticles.json(article));

        awaitArticle(id)
                .body("id", equalTo(id.toString()))
                .body("version", equalTo(V1))
                .body("url", equalTo(article.url()))
                .body("source", equalTo("Example Harbour Times"))
                .body("title", equalTo(FIRST.title()))
                .body("body", equalTo(FixtureArticles.FIRST_BODY))
                .body("publishedAt", equalTo("2026-11-24T06:30:00Z"))
                .body("ingestedAt", equalTo("2026-11-24T07:00:00.123456Z"))
                .body("enrichedAt", equalTo("2026-11-24T07:00:02Z"))
                .body("enrichmentVersion", equalTo(1))
                .body("authors", contains("Chen Wei-ting"))
                .body("section", equalTo("Asia"))
                .body("language.code", equalTo("en"))
                .body("language.confidence", equalTo(0.97f))
                .body("entities[0].id", equalTo("person:lin-mei-hua"))
                .body("entities[0].type", equalTo("PERSON"))
                .body("entities[0].name", equalTo("Lin Mei-hua"))
                .body("entities[0].aliases", contains("林美華", "Lin"))
                .body("entities[0].mentions[0].text", equalTo("Lin Mei-hua"))
                .body("entities[0].mentions[0].start", equalTo(FixtureArticles.FIRST_BODY.indexOf("Lin Mei-hua")))
                .body("entities[0].salience", equalTo(0.8f))
                .body("segments.related[0].title", equalTo("Ferry timetables cut as fuel costs climb"))
                .body("contentHash", equalTo(FIRST.hash()))
                .body("enricherNote", equalTo("segments v1"))
                .body("duplicateOf", nullValue());
        assertTrue(Metrics.value("tidings_query_articles_stored_total") >= 1);
    }

    @Test
    void duplicateDeliveryLeavesOneUnchangedArticle() {
        UUID id = UUID.randomUUID();
        String record = FixtureArticles.json(FixtureArticles.article(id, V1, FIRST, 1));
        topic.send(id.toString(), record);
        String stored = awaitArticle(id).extract().asString();
        double skippedBefore = Metrics.value(SKIPPED);

        topic.send(id.toString(), record);

        await().atMost(PATIENCE).until(() -> Metrics.value(SKIPPED) > skippedBefore);
        assertEquals(
                stored,
                given().get("/v1/articles/{id}", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertEquals(
                1, SearchApi.allIds().stream().filter(id.toString()::equals).count());
    }

    @Test
    void olderVersionAfterNewerKeepsTheNewer() {
        UUID id = UUID.randomUUID();
        topic.send(id.toString(), FixtureArticles.json(FixtureArticles.article(id, V2, SECOND, 1)));
        awaitArticle(id).body("version", equalTo(V2));
        double skippedBefore = Metrics.value(SKIPPED);

        topic.send(id.toString(), FixtureArticles.json(FixtureArticles.article(id, V1, FIRST, 1)));

        await().atMost(PATIENCE).until(() -> Metrics.value(SKIPPED) > skippedBefore);
        given().get("/v1/articles/{id}", id)
                .then()
                .statusCode(200)
                .body("version", equalTo(V2))
                .body("title", equalTo(SECOND.title()));
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndThePartitionMovesOn() {
        String run = UUID.randomUUID().toString();
        UUID valid = UUID.randomUUID();
        String missingId = FixtureArticles.json(FixtureArticles.article(UUID.randomUUID(), V1, FIRST, 1))
                .replaceFirst("\"id\":\"[0-9a-f-]+\",", "");
        // All on one partition, so that the valid record waits behind the poison ones.
        topic.send(0, "not-json-" + run, "{\"id\": \"oops");
        topic.send(0, "no-id-" + run, missingId);
        topic.send(0, valid.toString(), FixtureArticles.json(FixtureArticles.article(valid, V1, FIRST, 1)));

        awaitArticle(valid).body("id", equalTo(valid.toString()));
        Map<String, String> reasons =
                await().atMost(PATIENCE).until(() -> deadLetterReasons(run), found -> found.size() == 2);
        assertTrue(reasons.get("not-json-" + run).startsWith("not valid JSON"), reasons.toString());
        assertTrue(reasons.get("no-id-" + run).contains("id: required"), reasons.toString());
    }

    private static Map<String, String> deadLetterReasons(String run) {
        return topic.deadLetters().stream()
                .filter(r -> r.key() != null && r.key().endsWith(run))
                .collect(Collectors.toMap(ConsumerRecord::key, EnrichedConsumerTests::reason, (a, b) -> a));
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static io.restassured.response.ValidatableResponse awaitArticle(UUID id) {
        await().atMost(PATIENCE)
                .until(() -> given().get("/v1/articles/{id}", id).statusCode() == 200);
        return given().get("/v1/articles/{id}", id).then().statusCode(200);
    }
}
