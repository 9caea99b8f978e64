package dev.tidings.query.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stories as a reader sees them, on the real database: articles stored through the consumer's store
 * are grouped, served with their story, and listed under {@code /v1/stories}.
 *
 * <p>Each test publishes its articles in a year of its own, far from the other tests' articles, so
 * that no story of another test is open at their time.
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class StoryTests {

    @Inject
    ArticleStore store;

    @Test
    void threeReportsOfOneEventAndAnUnrelatedOneMakeTwoStories() throws Throwable {
        List<ArticleEnriched> articles = StoryTexts.ferryAndOrchard("two-stories", start(2101));
        for (ArticleEnriched article : articles) {
            store(article);
        }

        String ferry = storyOf(articles.get(0));
        assertEquals(ferry, storyOf(articles.get(1)));
        assertEquals(ferry, storyOf(articles.get(2)));
        String orchard = storyOf(articles.get(3));
        assertNotEquals(ferry, orchard);

        given().get("/v1/articles/{id}", articles.get(2).id())
                .then()
                .statusCode(200)
                .body("story.size", equalTo(3))
                .body("story.title", containsString("Tavira Star"))
                .body("story.firstSeenAt", equalTo(articles.get(0).publishedAt().toString()))
                .body("story.lastSeenAt", equalTo(articles.get(2).publishedAt().toString()));
        given().get("/v1/stories/{id}", ferry)
                .then()
                .statusCode(200)
                .body("story.size", equalTo(3))
                .body("articles", hasSize(3))
                .body("articles[0].id", equalTo(articles.get(2).id().toString()))
                .body("articles.story.id", everyItemIs(ferry));
        given().get("/v1/stories/{id}", orchard).then().statusCode(200).body("story.size", equalTo(1));
        given().queryParam("story", ferry)
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].story.id", equalTo(ferry))
                .body("items[0].story.size", equalTo(3));
    }

    @Test
    void aRedeliveredOrNewerVersionKeepsItsStoryAndCountsOnce() throws Throwable {
        List<ArticleEnriched> articles = StoryTexts.ferryAndOrchard("replay", start(2102));
        for (ArticleEnriched article : articles) {
            store(article);
        }
        String ferry = storyOf(articles.get(0));
        // The whole run again, as a replay of the topic delivers it, then a newer enrichment of one.
        for (ArticleEnriched article : articles) {
            store(article);
        }
        ArticleEnriched reEnriched = withEnrichmentVersion(articles.get(1), 2);
        store(reEnriched);

        assertEquals(ferry, storyOf(articles.get(1)));
        given().get("/v1/stories/{id}", ferry).then().statusCode(200).body("story.size", equalTo(3));
    }

    @Test
    void twoWritersStoringOneEventAtOnceMakeOneStory() throws Throwable {
        // As two replicas consuming two partitions would: every article of the event written at once.
        Instant start = start(2103);
        List<ArticleEnriched> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            StoryTexts.Text text = List.of(StoryTexts.FERRY_WIRE, StoryTexts.FERRY_DAILY, StoryTexts.FERRY_GAZETTE)
                    .get(i % 3);
            articles.add(StoryTexts.article(text, "https://race.example/" + i, start.plus(Duration.ofHours(i))));
        }
        // Two writers, each with its own session and connection, storing alternate articles.
        List<List<ArticleEnriched>> shares = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < articles.size(); i++) {
            shares.get(i % 2).add(articles.get(i));
        }
        var writers = java.util.concurrent.Executors.newFixedThreadPool(2);
        var ready = new java.util.concurrent.CountDownLatch(2);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (List<ArticleEnriched> share : shares) {
                done.add(writers.submit(() -> {
                    ready.countDown();
                    ready.await();
                    for (ArticleEnriched article : share) {
                        store(article);
                    }
                    return null;
                }));
            }
            for (var writer : done) {
                writer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }

        Set<String> stories = new HashSet<>();
        for (ArticleEnriched article : articles) {
            stories.add(storyOf(article));
        }
        assertEquals(1, stories.size(), "one story, not one per writer: " + stories);
        given().get("/v1/stories/{id}", stories.iterator().next())
                .then()
                .statusCode(200)
                .body("story.size", equalTo(6));
    }

    @Test
    void pagesOfStoriesNeitherRepeatNorSkip() throws Throwable {
        List<ArticleEnriched> articles = StoryTexts.ferryAndOrchard("paging", start(2104));
        for (ArticleEnriched article : articles) {
            store(article);
        }
        for (String sort : List.of("newest", "recent", "size")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                var request = given().queryParam("sort", sort).queryParam("limit", 1);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.get("/v1/stories").then().statusCode(200).extract();
                seen.addAll(page.path("items.id"));
                cursor = page.path("nextCursor");
            } while (cursor != null);
            assertEquals(new HashSet<>(seen).size(), seen.size(), sort + " repeats a story");
            assertEquals(true, seen.contains(storyOf(articles.get(0))), sort);
            assertEquals(true, seen.contains(storyOf(articles.get(3))), sort);
        }
    }

    @Test
    void badRequestsGetProblemsNamingTheField() {
        given().queryParam("sort", "loudest")
                .get("/v1/stories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sort"));
        given().queryParam("cursor", "not-a-cursor!")
                .get("/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().queryParam("story", "ferry")
                .get("/v1/articles")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("story"));
        given().get("/v1/stories/{id}", "nope").then().statusCode(400).body("errors.field", hasItem("id"));
        given().get("/v1/stories/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static Instant start(int year) {
        return Instant.parse(year + "-03-01T09:00:00Z");
    }

    private void store(ArticleEnriched article) throws Exception {
        var valid = ArticleEventReader.ENRICHED.read(ArticleEventJson.mapper().writeValueAsString(article));
        try {
            VertxContextSupport.subscribeAndAwait(() -> store.upsert(valid));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static String storyOf(ArticleEnriched article) {
        return given().get("/v1/articles/{id}", article.id())
                .then()
                .statusCode(200)
                .extract()
                .path("story.id");
    }

    private static org.hamcrest.Matcher<Iterable<? super String>> everyItemIs(String value) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        org.hamcrest.Matcher<Iterable<? super String>> every =
                (org.hamcrest.Matcher) org.hamcrest.Matchers.everyItem(equalTo(value));
        return every;
    }

    private static ArticleEnriched withEnrichmentVersion(ArticleEnriched a, int version) {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode)
                ArticleEventJson.mapper().valueToTree(a);
        node.put("enrichmentVersion", version);
        return ArticleEventJson.mapper().convertValue(node, ArticleEnriched.class);
    }
}
