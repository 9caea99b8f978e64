package dev.tidings.ingest.auth;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.ingest.TestProducer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A key that submits faster than its rate is told when to come back. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
@TestProfile(RateLimitTests.TwoAtOnce.class)
class RateLimitTests {

    /** A second producer, with its own bucket: {@code printf %s KEY | sha256sum}. */
    private static final String BATCH_PRODUCER_KEY = "second-test-producer-key-not-a-secret";

    /** Two articles at once, then one every 20 seconds; two producers. */
    public static class TwoAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tidings.ingest.rate-limit.burst",
                    "2",
                    "tidings.ingest.rate-limit.per-second",
                    "0.05",
                    "tidings.ingest.api-keys",
                    "675a541be516def79555afd673ad010be0cd7b44b7bc36272b42e215fb561099,"
                            + "70bd4faff0881cfa5c63ad2b47855524d62111170df863fc02ad51cdc793f071");
        }
    }

    @Test
    void aBatchCountsEveryArticleItCarries() {
        // Let in on the one token it needs, it takes three: the producer now owes one.
        RestAssured.given()
                .header("Authorization", "Bearer " + BATCH_PRODUCER_KEY)
                .contentType(ContentType.JSON)
                .body("{\"articles\": [{}, {}, {}]}")
                .post("/v1/articles/batch")
                .then()
                .statusCode(200)
                .body("results.status", contains(400, 400, 400));
        // Counting requests, a burst of two would let this one in.
        Response limited = RestAssured.given()
                .header("Authorization", "Bearer " + BATCH_PRODUCER_KEY)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/v1/articles");
        limited.then().statusCode(429).contentType("application/problem+json");
        // One owed and one to take, at one every 20 s.
        int retryAfter = Integer.parseInt(limited.header("Retry-After"));
        assertTrue(retryAfter > 20 && retryAfter <= 40, "Retry-After " + retryAfter);
    }

    @Test
    void theThirdRequestInABurstOfTwoIs429WithRetryAfter() {
        // Refused articles count too: the limit guards the service, whatever the body.
        post().then().statusCode(400);
        post().then().statusCode(400);
        Response limited = post();
        limited.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tidings.dev/problems/rate-limited"))
                .body("status", equalTo(429));
        int retryAfter = Integer.parseInt(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
    }

    private static Response post() {
        return TestProducer.given().contentType(ContentType.JSON).body("{}").post("/v1/articles");
    }
}
