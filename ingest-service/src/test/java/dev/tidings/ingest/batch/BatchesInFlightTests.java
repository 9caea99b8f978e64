package dev.tidings.ingest.batch;

import static dev.tidings.ingest.TestProducer.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.ingest.TestProducer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Batches beyond what ingest takes at once are told to come back, rather than run it out of heap. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
@TestProfile(BatchesInFlightTests.OneBatchAtATime.class)
class BatchesInFlightTests {
    private static final String BATCH = "{\"articles\": [{\"url\": \"https://news.example.com/busy/1\","
            + " \"title\": \"Ferry crews met\", \"body\": \"Ferry crews in Keelung met on Monday.\"}]}";

    /** Room for one batch only. */
    public static class OneBatchAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tidings.ingest.limits.batches-in-flight", "1K");
        }
    }

    @Test
    void aBatchOverWhatIsTakenAtOnceIs503WithRetryAfterAndIsTakenOnceThereIsRoom() throws Exception {
        try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            // A producer that sends its batch slowly, chunked: it holds the room while it sends.
            OutputStream out = slow.getOutputStream();
            out.write(("POST /v1/articles/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Authorization: Bearer " + TestProducer.KEY + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + "2\r\n{\"\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            Response busy = await().atMost(Duration.ofSeconds(20))
                    .until(BatchesInFlightTests::post, response -> response.statusCode() == 503);
            busy.then()
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("https://tidings.dev/problems/busy"))
                    .body("status", equalTo(503));
        }
        // The slow producer went away: its room is free again.
        await().atMost(Duration.ofSeconds(20)).until(() -> post().statusCode() == 200);
    }

    private static Response post() {
        return given().contentType(ContentType.JSON).body(BATCH).post("/v1/articles/batch");
    }
}
