package dev.tidings.ingest.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.ingest.FixtureArticles;
import dev.tidings.ingest.TestProducer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only producers with a key get in: who is turned away, how, and who is not. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ProducerAuthenticationTests {
    private static final String URL = "https://news.example.com/taiwan/2025/04/27/keys";

    @TestHTTPResource("/v1/articles")
    URI articles;

    @Test
    void withoutAKeyTheAnswerIs401WithABearerChallenge() {
        for (String header : new String[] {null, "Basic dXNlcjpwYXNz", "Bearer", "Bearer two words", "Token abc"}) {
            var request = RestAssured.given().contentType(ContentType.JSON).body(submission());
            if (header != null) {
                request.header("Authorization", header);
            }
            request.post("/v1/articles")
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", "Bearer realm=\"tidings-ingest\"")
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://tidings.dev/problems/unauthenticated"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void anUnknownKeyIs403() {
        for (String key : new String[] {"not-the-key", TestProducer.KEY + "x", TestProducer.KEY.toUpperCase()}) {
            refusedWith("Bearer " + key)
                    .statusCode(403)
                    .body("type", equalTo("https://tidings.dev/problems/unknown-key"))
                    .body("status", equalTo(403));
        }
    }

    @Test
    void theKeyLetsTheArticleIn() {
        TestProducer.given()
                .contentType(ContentType.JSON)
                .body(submission())
                .post("/v1/articles")
                .then()
                .statusCode(202)
                .body("status", equalTo("accepted"));
        // The scheme is case-insensitive.
        RestAssured.given()
                .header("Authorization", "bearer " + TestProducer.KEY)
                .contentType(ContentType.JSON)
                .body(submission())
                .post("/v1/articles")
                .then()
                .statusCode(202);
    }

    @Test
    void aClientThatAsksForHttp2IsAnsweredToo() throws Exception {
        // The JDK's client asks a plain-HTTP server to upgrade to HTTP/2 (h2c) on its first request.
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpRequest post = HttpRequest.newBuilder(articles)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestProducer.KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + URL + "/h2\",\"title\":\"Ferries\","
                        + "\"body\":\"Keelung ferry crews met on Monday.\"}"))
                .build();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
            assertEquals(202, response.statusCode(), response.body());
        }
    }

    @Test
    void probesMetricsAndTheApiDescriptionNeedNoKey() {
        for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi"}) {
            RestAssured.given().get(path).then().statusCode(200);
        }
    }

    private static ValidatableResponse refusedWith(String authorization) {
        return RestAssured.given()
                .header("Authorization", authorization)
                .contentType(ContentType.JSON)
                .body(submission())
                .post("/v1/articles")
                .then()
                .contentType("application/problem+json");
    }

    private static Map<String, Object> submission() {
        return FixtureArticles.harbourFerrySubmission(URL);
    }
}
