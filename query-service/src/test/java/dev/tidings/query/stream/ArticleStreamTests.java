package dev.tidings.query.stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<UUID, Instant> published = new HashMap<>();

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
    void aStoryEventFollowsTheArticleThatStartedOrGrewIt() {
        String marker = marker();
        try (SseClient client = SseClient.open(uri("?q=" + marker), null)) {
            await().atMost(PATIENCE).until(() -> client.sawComment("connected"));
            UUID first = store(marker, "NO");
            await().atMost(PATIENCE).until(() -> events(client).size() >= 2);
            // A newer enrichment of an article already in its story: the article again, its story unchanged.
            ArticleEnriched reEnriched = ArticleEventJson.mapper()
                    .convertValue(
                            ArticleEventJson.mapper()
                                    .<com.fasterxml.jackson.databind.node.ObjectNode>valueToTree(
                                            SearchCorpus.extra(first, published.get(first), marker, "NO"))
                                    .put("enrichmentVersion", 2),
                            ArticleEnriched.class);
            SearchCorpus.store(store, reEnriched);
            UUID second = store(marker, "SE");
            await().atMost(PATIENCE).until(() -> events(client).size() >= 5);

            List<SseClient.Received> events = events(client);
            assertEquals(
                    List.of("article", "story", "article", "article", "story"),
                    events.stream().map(SseClient.Received::name).toList());
            assertStoryOf(first, events.get(1), false);
            assertEquals(first.toString(), articleId(events.get(2)));
            assertStoryOf(second, events.get(4), true);
        }
    }

    @Test
    void aNearDuplicateJoiningAStoryIsSentAsTheStorysGrowthAlone() {
        String marker = marker();
        try (SseClient client = SseClient.open(uri("?q=" + marker), null)) {
            await().atMost(PATIENCE).until(() -> client.sawComment("connected"));
            UUID first = store(marker, "NO");
            await().atMost(PATIENCE).until(() -> events(client).size() >= 2);
            UUID copy = storeNearDuplicateOf(first, marker);
            await().atMost(PATIENCE).until(() -> events(client).size() >= 3);

            List<SseClient.Received> events = events(client);
            assertEquals(
                    List.of("article", "story", "story"),
                    events.stream().map(SseClient.Received::name).toList());
            // The first article may join a story that other tests' articles (the same kind of text)
            // started: what matters is that the copy grew that same story by one.
            JsonPath before = new JsonPath(events.get(1).data());
            JsonPath grown = new JsonPath(events.get(2).data());
            assertEquals(before.getString("id"), grown.getString("id"));
            assertEquals(before.getInt("size") + 1, grown.getInt("size"));
            assertTrue(!events.toString().contains(copy.toString()), "the copy itself is left out");
        }
    }

    /**
     * The story event names the article's story, as it was when the feed read it: at least as late
     * as the article; the last event of the test is the story as the API shows it now.
     */
    private void assertStoryOf(UUID article, SseClient.Received event, boolean last) {
        JsonPath story = new JsonPath(event.data());
        JsonPath stored = given().get("/v1/articles/{id}", article)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(stored.getString("story.id"), story.getString("id"));
        assertTrue(story.getInt("size") >= 1, event.data());
        assertTrue(!story.getString("title").isBlank(), event.data());
        assertTrue(
                !Instant.parse(story.getString("lastSeenAt"))
                        .isBefore(published.get(article).truncatedTo(ChronoUnit.MICROS)),
                event.data());
        if (last) {
            assertEquals(stored.getInt("story.size"), story.getInt("size"));
            assertEquals(stored.getString("story.lastSeenAt"), story.getString("lastSeenAt"));
        }
        assertEquals(null, event.id(), "a client resumes by articles only");
    }

    private static List<SseClient.Received> events(SseClient client) {
        return client.received().stream().filter(r -> r.name() != null).toList();
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
        Instant now = Instant.now();
        published.put(id, now);
        SearchCorpus.store(store, SearchCorpus.extra(id, now, marker, country));
        return id;
    }

    /** Another URL's copy of {@code original}: the same fingerprint, so a near-duplicate of it. */
    private UUID storeNearDuplicateOf(UUID original, String marker) {
        UUID id = UUID.randomUUID();
        stored.add(id);
        Instant now = Instant.now();
        published.put(id, now);
        String fingerprint = SearchCorpus.extra(original, published.get(original), marker, "NO")
                .fingerprint();
        ArticleEnriched copy = ArticleEventJson.mapper()
                .convertValue(
                        ArticleEventJson.mapper()
                                .<com.fasterxml.jackson.databind.node.ObjectNode>valueToTree(
                                        SearchCorpus.extra(id, now, marker, "NO"))
                                .put("fingerprint", fingerprint),
                        ArticleEnriched.class);
        SearchCorpus.store(store, copy);
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
