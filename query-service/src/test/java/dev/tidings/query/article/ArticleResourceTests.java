package dev.tidings.query.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.infra.LocalInfraTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a client gets when it asks for something that is not there or asks wrongly. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ArticleResourceTests {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownIdIsNotFound() {
        UUID id = UUID.randomUUID();
        given().get("/v1/articles/{id}", id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://tidings.dev/problems/not-found"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("detail", containsString(id.toString()))
                .body("instance", equalTo("/v1/articles/" + id));
    }

    @Test
    void malformedIdIsBadRequestNamingIt() {
        given().get("/v1/articles/{id}", "not-a-uuid")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("id"));
    }

    @ParameterizedTest
    @CsvSource({
        "limit=0,limit",
        "limit=101,limit",
        "limit=ten,limit",
        "cursor=bm90LWEtY3Vyc29y,cursor",
        "sort=title,sort"
    })
    void invalidOrUnknownListParameterIsBadRequestNamingIt(String query, String field) {
        given().get("/v1/articles?" + query)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://tidings.dev/problems/invalid-request"))
                .body("errors.field", hasItems(field));
    }

    @Test
    void unknownRouteIsNotFoundProblem() {
        given().get("/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                // The same type as ingest's and enrichment's 404.
                .body("type", equalTo("https://tidings.dev/problems/not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void wrongMethodIsNotAllowedProblem() {
        given().contentType("application/json")
                .body("{}")
                .post("/v1/articles")
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .body("status", equalTo(405))
                .body(not(containsString("Exception")));
    }

    @Test
    void firstPageHasAtMostTheLimit() {
        given().get("/v1/articles?limit=1")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(1));
    }

    @Test
    void readinessReflectsDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(containsString("PostgreSQL"), containsString("Kafka")));
    }

    @Test
    void openApiDescribesTheEndpoints() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/articles/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/articles"));
    }

    @Test
    void aMalformedHostIsAProblemToo() throws Exception {
        // Vert.x refuses these before any resource runs; the answer must still be problem+json.
        for (String host : new String[] {"a b", "[::1"}) {
            String request = "GET /v1/articles HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
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
