package dev.tidings.ingest.problem;

import static dev.tidings.ingest.TestProducer.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.ingest.FixtureArticles;
import dev.tidings.ingest.TestProducer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every way a request can be wrong, answered as application/problem+json naming what is wrong. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class RejectedRequestTests {
    private static final String URL = "https://news.example.com/taiwan/2025/04/25/rejected";

    @Test
    void anEmptyObjectNamesEveryRequiredField() {
        postJson("{}")
                .statusCode(400)
                .body("type", equalTo("https://tidings.dev/problems/invalid-article"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/v1/articles"))
                .body("errors.field", containsInAnyOrder("url", "title", "body"))
                .body("errors.reason", hasItem("is required"));
    }

    @Test
    void everyBadFieldIsListedTogether() {
        Map<String, Object> submission = FixtureArticles.harbourFerrySubmission("news.example.com/no-scheme");
        submission.put("title", " ");
        submission.put("publishedAt", "yesterday");
        submission.put("contentType", "pdf");
        submission.put("publishedDate", "2025-04-25");

        given().contentType(ContentType.JSON)
                .body(submission)
                .post("/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("url", "title", "publishedAt", "contentType", "publishedDate"))
                .body("errors.find { it.field == 'url' }.reason", equalTo("must be an absolute http or https URL"))
                .body("errors.find { it.field == 'publishedDate' }.reason", equalTo("is not a known field"));
    }

    @Test
    void malformedJsonIsA400WithWhereItBroke() {
        postJson("{\"url\": \"" + URL + "\", \"title\": \"Ferries\" \"body\": \"x\"}")
                .statusCode(400)
                .body("type", equalTo("https://tidings.dev/problems/malformed-request"))
                .body("detail", startsWith("The request body is not valid JSON (line 1, column"));
    }

    @Test
    void aWrongJsonTypeNamesTheField() {
        postJson("{\"url\": \"" + URL
                        + "\", \"title\": \"Ferries\", \"body\": \"Text.\", \"authors\": \"Lin Mei-hua\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("authors"))
                .body("errors[0].reason", equalTo("must be an array"))
                .body("detail", not(containsString("java.")));
        postJson("{\"url\": \"" + URL + "\", \"title\": 42, \"body\": \"Text.\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].reason", equalTo("must be a string"));
        postJson("{\"url\": \"" + URL + "\", \"title\": \"Ferries\", \"body\": \"Text.\", \"authors\": [\"A\", {}]}")
                .statusCode(400)
                .body("errors[0].field", equalTo("authors[1]"));
        postJson("[\"" + URL + "\"]")
                .statusCode(400)
                .body("detail", equalTo("The request body must be a JSON object."));
    }

    @Test
    void anythingButJsonIsA415() {
        given().contentType(ContentType.TEXT)
                .body("url=" + URL)
                .post("/v1/articles")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tidings.dev/problems/unsupported-media-type"));
        // A form is not decoded on the way: a field too long for the form decoder is no 400 from it.
        given().contentType(ContentType.URLENC)
                .body("url=" + "x".repeat(20_000))
                .post("/v1/articles")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void anEmptyBodyIsAnsweredAtOnce() {
        postJson("").statusCode(400).body("status", equalTo(400));
    }

    @Test
    void aBodyOverTheLimitIsA413() throws Exception {
        // Over a raw socket, declaring 5 MiB and sending none of it: the server must refuse on the
        // declared length alone, and the client must get to read the answer (a client library
        // would still be writing the body when the server closes, and see a broken pipe).
        String head = "POST /v1/articles HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Content-Type: application/json\r\n"
                + "Authorization: Bearer " + TestProducer.KEY + "\r\n"
                + "Content-Length: " + (5 * 1024 * 1024) + "\r\n"
                + "Expect: 100-continue\r\n\r\n";
        String response;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"type\":\"https://tidings.dev/problems/payload-too-large\""), response);
    }

    @Test
    void aMalformedHostIsAProblemToo() throws Exception {
        for (String head : new String[] {
            "POST /v1/articles HTTP/1.1\r\nHost: a b\r\n", "POST /v1/articles HTTP/1.1\r\nHost: [::1\r\n"
        }) {
            String response;
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
                socket.setSoTimeout(10_000);
                String request = head + "Authorization: Bearer " + TestProducer.KEY + "\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), response);
            assertTrue(response.contains("\"status\":400"), response);
        }
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        given().get("/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tidings.dev/problems/not-found"))
                .body("status", equalTo(404));
        given().accept(ContentType.JSON)
                .get("/v1/articles")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    private static ValidatableResponse postJson(String json) {
        return given().contentType(ContentType.JSON)
                .body(json)
                .post("/v1/articles")
                .then()
                .contentType("application/problem+json")
                .body("title", not(containsString("Exception")));
    }
}
