package dev.tidings.ingest.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.ingest.TestProducer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A key that submits faster than its rate is told when to come back. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
@TestProfile(RateLimitTests.TwoAtOnce.class)
class RateLimitTests {

    /** Two requests at once, then one every 20 seconds. */
    public static class TwoAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tidings.ingest.rate-limit.burst", "2", "tidings.ingest.rate-limit.per-second", "0.05");
        }
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
