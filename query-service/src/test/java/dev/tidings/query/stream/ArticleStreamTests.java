package dev.tidings.query.stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.SearchCorpus;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live stream: articles reach matching clients as they are stored, and a client can resume. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ArticleStreamTests {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/v1/stream")
    URL stream;

    @Inject
    ArticleStore store;

    @Inject
    Pool pool;

    @Inject
    StoredArticleFeed feed;

    private final List<UUID> stored = new ArrayList<>();

    @AfterEach
    void removeStored() {
        SearchCorpus.delete(pool, stored);
    }

    @Test
    void matchingArticleArrivesAndOthersDoNot() {
        String marker = marker();
        try (SseClient client = SseClient.open(uri("?q=" + marker + "&country=KP"), null)) {
            await().atMost(PATIENCE).until(() -> client.sawComment("connected"));

            UUID otherCountry = store(marker, "CN");
            UUID otherWords = store("unrelated", "KP");
            UUID first = store(marker, "KP");
            UUID second = store(marker, "KP");

            await().atMost(PATIENCE).until(() -> client.articles().size() >= 2);
            List<SseClient.Received> articles = client.articles();
            assertEquals(
                    List.of(first.toString(), second.toString()),
                    articles.stream().map(this::articleId).toList());
            assertTrue(
                    Long.parseLong(articles.get(0).id())
                            < Long.parseLong(articles.get(1).id()),
                    "ids grow");
            JsonPath hit = new JsonPath(articles.get(0).data());
            assertEquals(SearchCorpus.EXTRA_SOURCE, hit.getString("source"));
            assertEquals("KP", hit.getString("countries[0].code"));
            assertTrue(!articles.toString().contains(otherCountry.toString())
                    && !articles.toString().contains(otherWords.toString()));
            // Heartbeats come every second in tests.
            await().atMost(PATIENCE).until(() -> client.sawComment("heartbeat"));
        }
        await().atMost(PATIENCE).until(() -> feed.clients() == 0);
    }

    @Test
    void lastEventIdResumesAfterThatArticle() {
        String marker = marker();
        String seen;
        UUID first;
        try (SseClient client = SseClient.open(uri("?q=" + marker), null)) {
            await().atMost(PATIENCE).until(() -> client.sawComment("connected"));
            first = store(marker, "PH");
            await().atMost(PATIENCE).until(() -> !client.articles().isEmpty());
            seen = client.articles().get(0).id();
            assertEquals(first.toString(), articleId(client.articles().get(0)));
        }
        UUID missedOne = store(marker, "PH");
        store("unrelated", "PH");
        UUID missedTwo = store(marker, "TW");

        try (SseClient client = SseClient.open(uri("?q=" + marker), seen)) {
            await().atMost(PATIENCE).until(() -> client.articles().size() >= 2);
            UUID live = store(marker, "KR");
            await().atMost(PATIENCE).until(() -> client.articles().size() >= 3);
            assertEquals(
                    List.of(missedOne.toString(), missedTwo.toString(), live.toString()),
                    client.articles().stream().map(this::articleId).toList());
        }
    }

    @Test
    void invalidStreamRequestIsBadRequest() {
        given().get("/v1/stream?colour=red")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("colour"));
        given().header("Last-Event-ID", "yesterday")
                .get("/v1/stream?q=harbour")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("Last-Event-ID"));
    }

    private UUID store(String marker, String country) {
        UUID id = UUID.randomUUID();
        stored.add(id);
        SearchCorpus.store(store, SearchCorpus.extra(id, Instant.now(), marker, country));
        return id;
    }

    private String articleId(SseClient.Received event) {
        return new JsonPath(event.data()).getString("id");
    }

    private URI uri(String query) {
        return URI.create(stream.toString() + query);
    }

    /** A word no other article has, so that only this test's articles match. */
    private static String marker() {
        StringBuilder word = new StringBuilder("kestrel");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }
}
