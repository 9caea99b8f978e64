package dev.tidings.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.infra.ArticlePusher;
import dev.tidings.infra.LocalStack;
import dev.tidings.infra.ProjectPaths;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The three packaged services on one real broker and one real database, started the way
 * deploy/local/run.sh starts them, with the sample articles of deploy/local/samples.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalStack stack;
    private static List<ObjectNode> samples;

    @BeforeAll
    static void startStack() throws IOException {
        stack = LocalStack.start(LocalStack.Options.freePorts(Files.createTempDirectory("tidings-e2e")));
        samples = ArticlePusher.readJsonl(ProjectPaths.root().resolve("deploy/local/samples/articles.jsonl"));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void postedArticleBecomesQueryableWithItsEntities() throws Exception {
        HttpResponse<String> accepted = post(samples.get(0).toString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = JSON.readTree(accepted.body()).path("id").asText();
        assertEquals(
                stack.queryUrl().replace("127.0.0.1", "localhost") + "/v1/articles/" + id,
                accepted.headers().firstValue("Location").orElseThrow());

        JsonNode article = awaitArticle(id);
        assertEquals("en", article.path("language").path("code").asText());
        Set<String> entities = names(article);
        assertTrue(entities.contains("PERSON Anna Lindqvist"), entities::toString);
        assertTrue(entities.contains("LOCATION Vientiane"), entities::toString);
        assertTrue(entities.stream().anyMatch(e -> e.startsWith("ORGANIZATION ")), entities::toString);
        String body = article.path("body").asText();
        for (JsonNode entity : article.path("entities")) {
            for (JsonNode mention : entity.path("mentions")) {
                assertEquals(
                        mention.path("text").asText(),
                        body.substring(mention.path("start").asInt(), mention.path("end").asInt()),
                        "mention offsets index into body");
            }
        }
    }

    @Test
    @Order(2)
    void postingTheSameArticleAgainChangesNothing() throws Exception {
        String id = JSON.readTree(post(samples.get(0).toString()).body()).path("id").asText();
        JsonNode before = awaitArticle(id);
        HttpResponse<String> again = post(samples.get(0).toString());
        assertEquals(202, again.statusCode());
        assertEquals(id, JSON.readTree(again.body()).path("id").asText());
        // The second event has gone through the pipeline once the enricher's consumer group has
        // caught up; the stored article must still be the first version.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(
                before.path("version").asLong(), awaitArticle(id).path("version").asLong()));
    }

    @Test
    @Order(3)
    void articleInAnotherLanguageGetsItsLanguageAndNoEnglishEntities() throws Exception {
        HttpResponse<String> accepted = post(samples.get(2).toString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode article = awaitArticle(JSON.readTree(accepted.body()).path("id").asText());
        assertEquals("de", article.path("language").path("code").asText());
        assertEquals(0, article.path("entities").size(), article.path("entities")::toString);
    }

    @Test
    @Order(4)
    void malformedArticleGetsProblemJson() throws Exception {
        HttpResponse<String> refused = post("{\"title\": \"No body and no url\"}");
        assertEquals(400, refused.statusCode());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        String problem = refused.body();
        assertTrue(problem.contains("url") && problem.contains("body"), problem);
    }

    @Test
    @Order(5)
    void stoppingTheStackLeavesNoProcessBehind() {
        List<ProcessHandle> processes = new ArrayList<>();
        for (long pid : stack.pids().values()) {
            ProcessHandle.of(pid).ifPresent(handle -> {
                processes.add(handle);
                handle.descendants().forEach(processes::add);
            });
        }
        assertFalse(processes.isEmpty());
        stack.close();
        stack = null;
        for (ProcessHandle process : processes) {
            assertFalse(process.isAlive(), () -> "still running: " + process.info());
        }
    }

    private static HttpResponse<String> post(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode awaitArticle(String id) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/v1/articles/" + id))
                .build();
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> response = HTTP.send(get, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        }, article -> article != null);
    }

    private static Set<String> names(JsonNode article) {
        return StreamSupport.stream(article.path("entities").spliterator(), false)
                .map(e -> e.path("type").asText() + " " + e.path("name").asText())
                .collect(Collectors.toSet());
    }
}
