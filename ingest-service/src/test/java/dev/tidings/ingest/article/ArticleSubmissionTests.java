package dev.tidings.ingest.article;

import static dev.tidings.ingest.TestProducer.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleId;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.CloudEventTypes;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.ingest.FixtureArticles;
import dev.tidings.ingest.messaging.IngestedTopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A producer's view: what POST /v1/articles answers, and what lands on articles.ingested. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ArticleSubmissionTests {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();
    private static IngestedTopicReader topic;

    @BeforeAll
    static void readTopic() {
        topic = new IngestedTopicReader();
    }

    @AfterAll
    static void closeTopic() {
        topic.close();
    }

    @Test
    void anAcceptedArticleIsAnsweredAfterItIsOnTheTopic() throws Exception {
        String url = FixtureArticles.HARBOUR_FERRY_URL;
        UUID expectedId = ArticleId.of(url);

        Response response = post(FixtureArticles.harbourFerrySubmission(url));

        response.then()
                .statusCode(202)
                .contentType(ContentType.JSON)
                .header("Location", "http://localhost:8083/v1/articles/" + expectedId)
                .body("id", equalTo(expectedId.toString()))
                .body("status", equalTo("accepted"))
                .body("version", greaterThan(0L));
        long version = response.jsonPath().getLong("version");

        ConsumerRecord<String, String> record = awaitRecord(expectedId, version);
        assertEquals(
                CloudEventTypes.ARTICLE_INGESTED,
                IngestedTopicReader.header(record, "ce_type").orElseThrow());
        assertEquals(
                CloudEventTypes.INGEST_SOURCE,
                IngestedTopicReader.header(record, "ce_source").orElseThrow());
        assertEquals(
                CloudEventTypes.eventId(expectedId, version),
                IngestedTopicReader.header(record, "ce_id").orElseThrow());
        ArticleIngested event = JSON.readValue(record.value(), ArticleIngested.class);
        assertEquals(expectedId, event.id());
        assertEquals(url, event.url());
        assertEquals(url, event.canonicalUrl());
        assertEquals("Keelung approves first battery-powered ferries", event.title());
        assertEquals(FixtureArticles.harbourFerryPage(), event.body());
        assertEquals("Harbour Daily", event.source());
        assertEquals(Instant.parse("2025-04-22T23:30:00Z"), event.publishedAt());
        assertEquals("en", event.language());
        assertEquals(List.of("Staff writer", "Chen Yu-ling"), event.authors());
        assertEquals("Taiwan", event.section());
        assertEquals("text", event.contentType());
        assertTrue(event.contentHash().matches("[0-9a-f]{64}"), event.contentHash());
        assertEquals(VersionClock.instantOf(version), event.ingestedAt());
    }

    @Test
    void trackingLinksToOneArticleGiveOneIdAndUnchangedContentOneHash() throws Exception {
        String url = "https://news.example.com/taiwan/2025/04/23/island-schools-solar";
        Map<String, Object> fromFeed = FixtureArticles.harbourFerrySubmission(url);
        Map<String, Object> fromNewsletter = FixtureArticles.harbourFerrySubmission(
                "HTTPS://News.Example.com" + "/taiwan/2025/04/23/island-schools-solar"
                        + "?utm_source=newsletter&utm_medium=email&fbclid=abc#comments");

        Response first = post(fromFeed);
        Response second = post(fromNewsletter);

        first.then().statusCode(202);
        second.then().statusCode(202);
        UUID id = UUID.fromString(first.jsonPath().getString("id"));
        assertEquals(ArticleId.of(url), id);
        assertEquals(id.toString(), second.jsonPath().getString("id"));
        long firstVersion = first.jsonPath().getLong("version");
        long secondVersion = second.jsonPath().getLong("version");
        assertTrue(secondVersion > firstVersion, "a resubmission must carry a higher version");
        ArticleIngested firstEvent =
                JSON.readValue(awaitRecord(id, firstVersion).value(), ArticleIngested.class);
        ArticleIngested secondEvent =
                JSON.readValue(awaitRecord(id, secondVersion).value(), ArticleIngested.class);
        assertEquals(firstEvent.contentHash(), secondEvent.contentHash());
        assertEquals(url, secondEvent.canonicalUrl());
    }

    @Test
    void htmlBodiesAreRecognisedAndACorrectedTitleChangesTheHash() throws Exception {
        String url = "https://news.example.com/culture/2025/04/24/hualien-troupe-tour";
        Map<String, Object> html = FixtureArticles.harbourFerrySubmission(url);
        html.put(
                "body",
                "<article><p>" + FixtureArticles.harbourFerryPage().replace("\n", "</p>\n<p>") + "</p></article>");
        Map<String, Object> corrected = new LinkedHashMap<>(html);
        corrected.put("title", "Keelung approves first two battery-powered ferries");

        Response original = post(html);
        Response correction = post(corrected);

        original.then().statusCode(202);
        correction.then().statusCode(202);
        UUID id = ArticleId.of(url);
        ArticleIngested first = JSON.readValue(
                awaitRecord(id, original.jsonPath().getLong("version")).value(), ArticleIngested.class);
        ArticleIngested second = JSON.readValue(
                awaitRecord(id, correction.jsonPath().getLong("version")).value(), ArticleIngested.class);
        assertEquals("html", first.contentType());
        assertEquals("html", second.contentType());
        assertNotEquals(first.contentHash(), second.contentHash());
    }

    @Test
    void aWholePageIsAcceptedWithoutATitleForEnrichmentToTakeFromIt() throws Exception {
        String url = "https://news.example.com/taiwan/2025/04/26/ferry-page-without-title";
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("url", url);
        page.put(
                "body",
                "<!DOCTYPE html><html lang=\"en\"><head><title>Keelung approves first battery-powered ferries"
                        + "</title></head><body><article><p>"
                        + FixtureArticles.harbourFerryPage().replace("\n", "</p>\n<p>")
                        + "</p></article></body></html>");

        Response response = post(page);

        response.then().statusCode(202);
        ArticleIngested event = JSON.readValue(
                awaitRecord(ArticleId.of(url), response.jsonPath().getLong("version"))
                        .value(),
                ArticleIngested.class);
        assertEquals("html", event.contentType());
        assertEquals(null, event.title());
        assertEquals(page.get("body"), event.body());
    }

    private static Response post(Map<String, Object> submission) {
        return given().contentType(ContentType.JSON).body(submission).when().post("/v1/articles");
    }

    private static ConsumerRecord<String, String> awaitRecord(UUID id, long version) {
        return topic.awaitEvent(id, version);
    }
}
