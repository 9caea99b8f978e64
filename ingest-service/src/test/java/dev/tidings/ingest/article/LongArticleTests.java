package dev.tidings.ingest.article;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.infra.LongArticleTexts;
import dev.tidings.ingest.TestProducer;
import dev.tidings.ingest.messaging.IngestedTopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles of every length up to the limit are taken whole, however the body is framed (a {@code
 * Content-Length}, or chunked: an HTTP/2 body without a length) and over HTTP/1.1 and HTTP/2
 * (h2c): the event on {@code articles.ingested} carries the whole body. One byte over the limit is
 * a 413 problem.
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class LongArticleTests {
    /** {@code tidings.ingest.limits.submission}. */
    private static final int LIMIT = 8 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param body the body as the service must keep it
     * @param json the request body
     */
    record Submission(String url, String body, String json) {
        byte[] bytes() {
            return json.getBytes(StandardCharsets.UTF_8);
        }

        /** An English article whose JSON is exactly {@code jsonBytes} long. */
        static Submission english(String url, int jsonBytes) {
            int length = jsonBytes;
            while (true) {
                String body = LongArticleTexts.english(length);
                String json = json(url, body);
                int over = json.getBytes(StandardCharsets.UTF_8).length - jsonBytes;
                if (over <= 0) {
                    // Cut at a line break (two bytes escaped), one byte short: a space more.
                    body += " ".repeat(-over);
                    return new Submission(url, body, json(url, body));
                }
                length -= over;
            }
        }

        /** The longest body, escaped as Python writes it, in JSON of exactly {@code jsonBytes}. */
        static Submission largestEscaped(String url, int jsonBytes) {
            return new Submission(
                    url,
                    LongArticleTexts.chinese(LongArticleTexts.MAX_BODY_CHARACTERS),
                    LongArticleTexts.largestEscapedJson(url, jsonBytes));
        }

        private static String json(String url, String body) {
            try {
                return JSON.writeValueAsString(Map.of("url", url, "title", "Ferry crews accept offer", "body", body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    enum Protocol {
        HTTP_1_1,
        H2C
    }

    enum Framing {
        CONTENT_LENGTH,
        CHUNKED
    }

    @ParameterizedTest(name = "{0} bytes of JSON")
    @ValueSource(ints = {9_000, 11_000, 100_000, 1_000_000})
    void anArticleOfThisSizeIsKeptWhole(int jsonBytes) throws Exception {
        assertKeptWholeWhateverTheTransport(
                url -> Submission.english(url, jsonBytes), "english-" + jsonBytes, jsonBytes);
    }

    @Test
    void theLargestArticleJustUnderTheLimitIsKeptWhole() throws Exception {
        assertKeptWholeWhateverTheTransport(url -> Submission.largestEscaped(url, LIMIT - 1), "largest", LIMIT - 1);
    }

    /** The request from the bug report: 20 KB of "Word ", with a length and chunked. */
    @Test
    void theReportedArticleIsAccepted() throws Exception {
        String body = "Word ".repeat(4000);
        String url = "https://x.example.org/long";
        String json = "{\"url\":\"" + url + "\",\"title\":\"Long\",\"body\":\"" + body + "\"}";
        assertKeptWhole(List.of(new Submission(url, body, json)), Protocol.HTTP_1_1, Framing.CHUNKED);
        assertKeptWhole(List.of(new Submission(url, body, json)), Protocol.HTTP_1_1, Framing.CONTENT_LENGTH);
    }

    @Test
    void oneByteOverTheLimitWithALengthIsRefusedBeforeItIsRead() throws Exception {
        String head = "POST /v1/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + TestProducer.KEY + "\r\nContent-Length: " + (LIMIT + 1) + "\r\n\r\n";
        String response;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTooLargeProblem(response);
    }

    @Test
    void oneByteOverTheLimitChunkedIsRefusedOnceItGrowsOverIt() throws Exception {
        byte[] json = Submission.largestEscaped("https://news.example.com/long/over-chunked", LIMIT + 1)
                .bytes();
        String head = "POST /v1/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + TestProducer.KEY + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        String response;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            // Every byte but no last chunk: the server must answer once it has one byte too many,
            // without waiting for the end of a body that it will never read.
            for (int from = 0; from < json.length; from += 64 * 1024) {
                int length = Math.min(64 * 1024, json.length - from);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(json, from, length);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTooLargeProblem(response);
    }

    @Test
    void oneByteOverTheLimitOverHttp2IsRefusedToo() throws Exception {
        byte[] json = Submission.largestEscaped("https://news.example.com/long/over-h2", LIMIT + 1)
                .bytes();
        HttpClient http = client(Protocol.H2C);
        for (Framing framing : Framing.values()) {
            HttpResponse<String> response = http.send(post(json, framing), HttpResponse.BodyHandlers.ofString());
            assertEquals(HttpClient.Version.HTTP_2, response.version());
            assertEquals(413, response.statusCode(), framing + ": " + response.body());
            assertEquals(
                    "application/problem+json",
                    response.headers().firstValue("Content-Type").orElse(""));
            JsonNode problem = JSON.readTree(response.body());
            assertEquals(
                    "https://tidings.dev/problems/payload-too-large",
                    problem.path("type").asText());
            assertEquals(413, problem.path("status").asInt());
        }
    }

    private void assertKeptWholeWhateverTheTransport(Function<String, Submission> article, String name, int jsonBytes)
            throws Exception {
        for (Protocol protocol : Protocol.values()) {
            for (Framing framing : Framing.values()) {
                String url = "https://news.example.com/long/" + name + "/"
                        + (protocol + "-" + framing).toLowerCase(Locale.ROOT);
                Submission submission = article.apply(url);
                assertEquals(jsonBytes, submission.bytes().length);
                assertKeptWhole(List.of(submission), protocol, framing);
            }
        }
    }

    private void assertKeptWhole(List<Submission> submissions, Protocol protocol, Framing framing) throws Exception {
        HttpClient http = client(protocol);
        Map<String, Submission> byId = new LinkedHashMap<>();
        for (Submission submission : submissions) {
            HttpResponse<String> response =
                    http.send(post(submission.bytes(), framing), HttpResponse.BodyHandlers.ofString());
            assertEquals(
                    protocol == Protocol.H2C ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1,
                    response.version());
            assertEquals(202, response.statusCode(), protocol + ", " + framing + ": " + response.body());
            byId.put(JSON.readTree(response.body()).path("id").asText(), submission);
        }
        try (IngestedTopicReader reader = new IngestedTopicReader()) {
            for (Map.Entry<String, Submission> expected : byId.entrySet()) {
                List<ConsumerRecord<String, String>> records = new ArrayList<>();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    records.clear();
                    records.addAll(reader.recordsWithKey(expected.getKey()));
                    return !records.isEmpty();
                });
                JsonNode event = JSON.readTree(records.get(records.size() - 1).value());
                String body = event.path("body").asText();
                assertEquals(expected.getValue().body().length(), body.length(), protocol + ", " + framing);
                assertTrue(expected.getValue().body().equals(body), protocol + ", " + framing + ": body changed");
                assertEquals(expected.getValue().url(), event.path("url").asText());
            }
        }
    }

    private static void assertTooLargeProblem(String response) {
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"type\":\"https://tidings.dev/problems/payload-too-large\""), response);
    }

    /** A client speaking {@code protocol}; for h2c, its connection is upgraded by a first GET. */
    private static HttpClient client(Protocol protocol) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(protocol == Protocol.H2C ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
        if (protocol == Protocol.H2C) {
            http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/q/health/live"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        return http;
    }

    private static HttpRequest post(byte[] json, Framing framing) {
        return HttpRequest.newBuilder(URI.create(base() + "/v1/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestProducer.KEY)
                .timeout(Duration.ofSeconds(60))
                .POST(
                        framing == Framing.CONTENT_LENGTH
                                ? HttpRequest.BodyPublishers.ofByteArray(json)
                                // No length: chunked over HTTP/1.1, DATA frames without one over HTTP/2.
                                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
                .build();
    }

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }
}
