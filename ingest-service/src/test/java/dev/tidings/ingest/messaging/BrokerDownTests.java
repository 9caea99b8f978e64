package dev.tidings.ingest.messaging;

import static dev.tidings.ingest.TestProducer.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.ingest.FixtureArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** With no broker to take the article, the producer is told to come back later, and soon. */
@QuarkusTest
@TestProfile(BrokerDownTests.NoBroker.class)
class BrokerDownTests {

    /** Kafka at a loopback port nobody listens on, and none of the shared test infrastructure. */
    public static class NoBroker implements QuarkusTestProfile {
        private static final int UNUSED_PORT = unusedLoopbackPort();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + UNUSED_PORT);
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        private static int unusedLoopbackPort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void aValidArticleIsA503WithRetryAfterWithinSeconds() {
        Map<String, Object> submission =
                FixtureArticles.harbourFerrySubmission("https://news.example.com/taiwan/2025/04/26/broker-down");

        double failedBefore = failedArticles();
        // Twice: a failed send must not leave the channel unusable for the next request.
        for (int attempt = 0; attempt < 2; attempt++) {
            long started = System.nanoTime();
            given().contentType(ContentType.JSON)
                    .body(submission)
                    .post("/v1/articles")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://tidings.dev/problems/broker-unavailable"))
                    .body("detail", containsString("retry later"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "503 took " + took);
        }
        assertEquals(failedBefore + 2, failedArticles());
    }

    private static double failedArticles() {
        Matcher failed = Pattern.compile("(?m)^tidings_ingest_articles_failed_total ([0-9.]+)$")
                .matcher(given().get("/q/metrics").asString());
        assertTrue(failed.find(), "tidings_ingest_articles_failed_total is in /q/metrics");
        return Double.parseDouble(failed.group(1));
    }

    @Test
    void aBatchNoneOfWhichKafkaTookIsA503WithRetryAfter() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String batch = json.writeValueAsString(Map.of(
                "articles",
                List.of(
                        FixtureArticles.harbourFerrySubmission("https://news.example.com/taiwan/2025/04/26/down-1"),
                        Map.of("title", "no url, no body"),
                        FixtureArticles.harbourFerrySubmission("https://news.example.com/taiwan/2025/04/26/down-2"))));

        long started = System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(batch)
                .post("/v1/articles/batch")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://tidings.dev/problems/broker-unavailable"));
        // The batch is failed as a whole when the producer has no metadata (max.block.ms, 3 s), not
        // record after record; the bound leaves room for a loaded build machine.
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "503 took " + took);
    }

    @Test
    void readinessIsDown() {
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
    }
}
