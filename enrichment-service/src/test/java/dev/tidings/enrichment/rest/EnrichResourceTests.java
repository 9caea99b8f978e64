package dev.tidings.enrichment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.infra.LocalInfraTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class EnrichResourceTests {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void returnsTheArticleWithItsLanguageAndEntities() {
        int vienna = ArticleFixtures.NEWS_PAGE.indexOf("Vienna");

        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url", "https://news.example.com/europe/danube-low",
                        "title", ArticleFixtures.TITLE,
                        "body", ArticleFixtures.NEWS_PAGE))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                // uuid.uuid5(uuid.NAMESPACE_URL, url) in Python
                .body("id", equalTo("82b983d1-762f-5500-906e-cac8fdffe6a4"))
                .body("version", equalTo(0))
                .body("enrichmentVersion", equalTo(1))
                .body("language.code", equalTo("en"))
                .body("entities.id", hasItem("person:maria-kovacs"))
                .body("entities.find { it.id == 'location:vienna' }.type", equalTo("LOCATION"))
                .body("entities.find { it.id == 'location:vienna' }.mentions[0].start", equalTo(vienna))
                .body("entities.find { it.id == 'location:vienna' }.mentions[0].end", equalTo(vienna + 6));
    }

    @Test
    void aGermanArticleHasNoEntities() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Donau", "body", ArticleFixtures.GERMAN_STORY))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .body("language.code", equalTo("de"))
                .body("entities.size()", equalTo(0));
    }

    @Test
    void missingTitleAndBodyAreNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://news.example.com/x", "title", " "))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("type", equalTo("https://tidings.dev/problems/invalid-article"))
                .body("errors.field", containsInAnyOrder("title", "body"));
    }

    @Test
    void malformedJsonWrongTypesAndWrongContentTypeAreProblems() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"A\", \"body\": ")
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://tidings.dev/problems/malformed-request"));
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"A\", \"body\": \"B\", \"publishedAt\": \"yesterday\"}")
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("publishedAt"))
                .body(not(containsString("java.")));
        given().contentType(ContentType.TEXT)
                .body("A title\nA body")
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(415));
        given().when().get("/v1/enrich").then().statusCode(405).contentType(PROBLEM_JSON);
        given().when()
                .get("/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://tidings.dev/problems/not-found"));
    }

    @Test
    void isReadyWithItsModelsLoadedAndCountsItsWork() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("enrichment-models"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Short", "body", "Too short."))
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .body("language.code", equalTo("und"));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("tidings_enrichment_duration_seconds_count"))
                .body(containsString("tidings_enrichment_articles_handled_total"))
                .body(containsString("tidings_enrichment_articles_failed_total"));
    }

    @Test
    void aMalformedHostIsAProblemToo() throws Exception {
        // Vert.x refuses these before any resource runs; the answer must still be problem+json.
        for (String host : new String[] {"a b", "[::1"}) {
            String request = "POST /v1/enrich HTTP/1.1\r\nHost: " + host
                    + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
            String response;
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), response);
            assertTrue(response.contains("\"status\":400"), response);
        }
    }
}
