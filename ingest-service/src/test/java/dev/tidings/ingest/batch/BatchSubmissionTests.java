package dev.tidings.ingest.batch;

import static dev.tidings.ingest.TestProducer.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleId;
import dev.tidings.events.ArticleIngested;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.infra.LongArticleTexts;
import dev.tidings.ingest.FixtureArticles;
import dev.tidings.ingest.TestProducer;
import dev.tidings.ingest.messaging.IngestedTopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A producer's view of POST /v1/articles/batch: what it answers, and what lands on articles.ingested. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class BatchSubmissionTests {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();
    private static final String BATCH = "/v1/articles/batch";
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
    void eachArticleIsAnsweredInOrderAndOneBadArticleFailsNoOther() throws Exception {
        String first = "https://news.example.com/batch/2025/05/01/ferry-crews";
        ObjectNode wrongType = article("https://news.example.com/batch/2025/05/01/wrong-type");
        wrongType.put("title", 42);
        ObjectNode page = JSON.createObjectNode()
                .put("url", "https://news.example.com/batch/2025/05/01/page")
                .put("body", "<html><head><title>Ferries</title></head><body><p>Ferry crews met.</p></body></html>");
        ArrayNode articles = JSON.createArrayNode()
                .add(article(first))
                .add(JSON.createObjectNode().put("title", "No url, no body"))
                .add(wrongType)
                .add(page)
                .add(article(first + "?utm_source=feed").put("body", "The crews voted again on Tuesday."));

        Response response =
                postJson(JSON.createObjectNode().set("articles", articles).toString());

        response.then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("results.index", contains(0, 1, 2, 3, 4))
                .body("results.status", contains(202, 400, 400, 202, 202))
                .body("results[1].errors.field", contains("url", "body"))
                .body("results[1].errors.reason", contains("is required", "is required"))
                .body("results[2].errors.field", contains("title"))
                .body("results[2].errors.reason", contains("must be a string"))
                .body("results[0].id", equalTo(ArticleId.of(first).toString()))
                // The same article again, behind a tracking link: the same id, a later version.
                .body("results[4].id", equalTo(ArticleId.of(first).toString()));
        long firstVersion = response.jsonPath().getLong("results[0].version");
        long laterVersion = response.jsonPath().getLong("results[4].version");
        assertTrue(laterVersion > firstVersion, "a later article of the batch has the later version");

        // Acknowledged means on the topic, as for a single post.
        ArticleIngested event = event(ArticleId.of(first), firstVersion);
        assertEquals(first, event.url());
        assertEquals("Keelung approves first battery-powered ferries", event.title());
        assertEquals(FixtureArticles.harbourFerryPage(), event.body());
        ArticleIngested untitled = event(
                UUID.fromString(response.jsonPath().getString("results[3].id")),
                response.jsonPath().getLong("results[3].version"));
        assertNull(untitled.title());
        assertEquals("html", untitled.contentType());
    }

    @Test
    void aBatchArticleIsTheSameEventAsASinglePostOfIt() throws Exception {
        String url = "https://news.example.com/batch/2025/05/02/same-as-single";
        Response single = given().contentType(ContentType.JSON)
                .body(article(url).toString())
                .post("/v1/articles");
        Response batch = postJson(JSON.createObjectNode()
                .set("articles", JSON.createArrayNode().add(article(url)))
                .toString());

        single.then().statusCode(202);
        batch.then().statusCode(200).body("results[0].status", equalTo(202));
        ConsumerRecord<String, String> singleRecord =
                record(ArticleId.of(url), single.jsonPath().getLong("version"));
        ConsumerRecord<String, String> batchRecord =
                record(ArticleId.of(url), batch.jsonPath().getLong("results[0].version"));
        ArticleIngested fromSingle = JSON.readValue(singleRecord.value(), ArticleIngested.class);
        ArticleIngested fromBatch = JSON.readValue(batchRecord.value(), ArticleIngested.class);
        assertEquals(fromSingle.id(), fromBatch.id());
        assertEquals(fromSingle.contentHash(), fromBatch.contentHash());
        assertEquals(fromSingle.canonicalUrl(), fromBatch.canonicalUrl());
        assertTrue(fromBatch.version() > fromSingle.version());
        // The same record but for the version: key, and the CloudEvents headers a consumer reads. (The
        // trace context is the batch request's, and absent when, as here, no request span is current.)
        assertEquals(singleRecord.key(), batchRecord.key());
        assertEquals(headerNames(singleRecord), headerNames(batchRecord));
        for (String name :
                List.of("ce_specversion", "ce_type", "ce_source", "ce_subject", "content-type", "ce_datacontenttype")) {
            assertEquals(
                    IngestedTopicReader.header(singleRecord, name),
                    IngestedTopicReader.header(batchRecord, name),
                    name);
        }
        assertEquals(
                fromBatch.ingestedAt(),
                OffsetDateTime.parse(IngestedTopicReader.header(batchRecord, "ce_time")
                                .orElseThrow())
                        .toInstant());
    }

    private static List<String> headerNames(ConsumerRecord<String, String> record) {
        List<String> names = new ArrayList<>();
        record.headers().forEach(header -> names.add(header.key()));
        names.remove("traceparent");
        Collections.sort(names);
        return names;
    }

    @Test
    void ndjsonIsOneArticleALineAndABrokenLineFailsAlone() {
        String body = article("https://news.example.com/batch/2025/05/03/one") + "\r\n"
                + "\n"
                + "{\"url\": \"https://news.example.com/batch/2025/05/03/broken\", \"title\": \n"
                + article("https://news.example.com/batch/2025/05/03/three") + "\n";

        given().contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(BATCH)
                .then()
                .statusCode(200)
                .body("results.index", contains(0, 1, 2))
                .body("results.status", contains(202, 400, 202))
                .body("results[1].detail", startsWith("The request body is not valid JSON (line 1, column"));
    }

    @Test
    void aBatchThatIsNotABatchIsA400NamingWhatIsWrong() {
        postJson("{\"articles\": [")
                .then()
                .statusCode(400)
                .body("detail", startsWith("The request body is not valid JSON"));
        postJson("[{\"url\": \"https://news.example.com/a\"}]")
                .then()
                .statusCode(400)
                .body("detail", containsString("must be a JSON object"));
        postJson("{}")
                .then()
                .statusCode(400)
                .body("errors.field", contains("articles"))
                .body("errors.reason", contains("is required"));
        postJson("{\"articles\": {}}").then().statusCode(400).body("errors.reason", contains("must be an array"));
        postJson("{\"articles\": []}")
                .then()
                .statusCode(400)
                .body("errors.reason", contains("must have at least 1 entry"));
        postJson("{\"articles\": [], \"source\": \"x\"}")
                .then()
                .statusCode(400)
                .body("errors.field", contains("source"))
                .body("errors.reason", contains("is not a known field"));
        given().contentType("application/x-ndjson")
                .body("\n \n".getBytes(StandardCharsets.UTF_8))
                .post(BATCH)
                .then()
                .statusCode(400)
                .body("errors.reason", contains("must have at least 1 entry"));
        given().contentType(ContentType.TEXT)
                .body("{\"articles\": []}")
                .post(BATCH)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body("{\"articles\": []}")
                .post(BATCH)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void overTheLimitsIs413() {
        ArrayNode tooMany = JSON.createArrayNode();
        for (int i = 0; i < 1_001; i++) {
            tooMany.add(JSON.createObjectNode().put("url", "https://news.example.com/batch/many/" + i));
        }
        postJson(JSON.createObjectNode().set("articles", tooMany).toString())
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tidings.dev/problems/payload-too-large"))
                .body("detail", containsString("1000"));

        // One article over a single post's limit fails alone.
        String url = "https://news.example.com/batch/2025/05/04/huge";
        String huge = LongArticleTexts.largestEscapedJson(url + "-over", 8 * 1024 * 1024 + 1);
        String batch = "{\"articles\": [" + article(url) + ", " + huge + "]}";
        postJson(batch)
                .then()
                .statusCode(200)
                .body("results.status", contains(202, 413))
                .body("results[1].detail", containsString("8388608"));
    }

    @Test
    void aBatchOverItsLimitIsRefusedBeforeItIsRead() throws Exception {
        // Declared and not sent: a client library would still be writing when the server closes.
        String head = "POST " + BATCH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + TestProducer.KEY + "\r\nContent-Length: " + (16 * 1024 * 1024 + 1)
                + "\r\n\r\n";
        String response;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.contains("\"type\":\"https://tidings.dev/problems/payload-too-large\""), response);
    }

    @Test
    void aThousandArticlesAreAllAcknowledged() throws Exception {
        ArrayNode articles = JSON.createArrayNode();
        for (int i = 0; i < 1_000; i++) {
            articles.add(article("https://news.example.com/batch/2025/05/05/thousand-" + i));
        }

        Response response =
                postJson(JSON.createObjectNode().set("articles", articles).toString());

        response.then().statusCode(200).body("results", hasSize(1_000));
        List<Integer> statuses = response.jsonPath().getList("results.status");
        assertEquals(1_000, statuses.stream().filter(s -> s == 202).count(), statuses::toString);
        // The last one is on the topic too.
        event(
                ArticleId.of("https://news.example.com/batch/2025/05/05/thousand-999"),
                response.jsonPath().getLong("results[999].version"));
    }

    private static ObjectNode article(String url) {
        ObjectNode article = JSON.createObjectNode();
        Map<String, Object> fields = FixtureArticles.harbourFerrySubmission(url);
        fields.forEach((name, value) -> article.set(name, JSON.valueToTree(value)));
        return article;
    }

    private static Response postJson(String body) {
        return given().contentType(ContentType.JSON).body(body).post(BATCH);
    }

    private static ArticleIngested event(UUID id, long version) throws Exception {
        return JSON.readValue(record(id, version).value(), ArticleIngested.class);
    }

    private static ConsumerRecord<String, String> record(UUID id, long version) {
        return topic.awaitEvent(id, version);
    }
}
