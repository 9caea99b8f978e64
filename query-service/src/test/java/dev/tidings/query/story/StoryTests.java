package dev.tidings.query.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
                .body("articles.story.id", everyItemIs(ferry))
                .body("entities.id", hasItems("wikipedia:Tavira_Star", "wikipedia:Morvasa", "person:elias-verhoeven"))
                .body("entities.find { it.id == 'wikipedia:Tavira_Star' }.articles", equalTo(3))
                .body("entities.find { it.id == 'wikipedia:Tavira_Star' }.name", equalTo("Tavira Star"))
                .body("countries", hasSize(1))
                .body("countries[0].code", equalTo("PT"))
                .body("countries[0].articles", equalTo(3))
                .body("timeline.hour", contains("2101-03-01T09:00:00Z", "2101-03-02T09:00:00Z", "2101-03-03T09:00:00Z"))
                .body("timeline.articles", contains(1, 1, 1));
        // The overview comes with every page of articles.
        String next = given().queryParam("limit", 2)
                .get("/v1/stories/{id}", ferry)
                .then()
                .statusCode(200)
                .body("articles", hasSize(2))
                .extract()
                .path("nextCursor");
        given().queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/v1/stories/{id}", ferry)
                .then()
                .statusCode(200)
                .body("articles", hasSize(1))
                .body("articles[0].id", equalTo(articles.get(0).id().toString()))
                .body("timeline", hasSize(3))
                .body("nextCursor", nullValue());
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
            List<String> seen = walk(sort);
            assertEquals(new HashSet<>(seen).size(), seen.size(), sort + " repeats a story");
            assertEquals(true, seen.contains(storyOf(articles.get(0))), sort);
            assertEquals(true, seen.contains(storyOf(articles.get(3))), sort);
        }
    }

    @Test
    void storiesAreFilteredByWhatOneOfTheirArticlesMatches() throws Throwable {
        List<ArticleEnriched> articles = storeFerryAndOrchard("filters", 2105);
        String ferry = storyOf(articles.get(0));
        String orchard = storyOf(articles.get(3));
        String from = "2105-01-01";
        String to = "2105-12-31";

        assertEquals(List.of(ferry), storyIds(Map.of("q", "lifeboats", "from", from, "to", to)));
        assertEquals(List.of(orchard), storyIds(Map.of("country", "at", "from", from, "to", to)));
        // One article of the three is from this source: the story matches.
        assertEquals(List.of(ferry), storyIds(Map.of("source", "island daily", "from", from, "to", to)));
        assertEquals(List.of(ferry), storyIds(Map.of("person", "Elias Verhoeven", "from", from, "to", "2105-03-01")));
        assertEquals(List.of(ferry, orchard), storyIds(Map.of("language", "en", "from", from, "to", to)));
        assertEquals(List.of(), storyIds(Map.of("topic", "medtop:20000000", "from", from, "to", to)));
        // The filters and size order together: the three-article story first.
        given().queryParam("from", from)
                .queryParam("to", to)
                .queryParam("sort", "size")
                .get("/v1/stories")
                .then()
                .statusCode(200)
                .body("items.id", contains(ferry, orchard));
    }

    @Test
    void theStoryFacetCountsArticlesPerStoryWithItsTitle() throws Throwable {
        List<ArticleEnriched> articles = storeFerryAndOrchard("facet", 2107);
        String ferry = storyOf(articles.get(0));
        String orchard = storyOf(articles.get(3));
        // With its own filter set, the facet still offers the other story, as every facet does.
        for (String story : List.of("", ferry)) {
            var request = given().queryParam("facet", "story,source")
                    .queryParam("from", "2107-01-01")
                    .queryParam("to", "2107-12-31");
            if (!story.isEmpty()) {
                request.queryParam("story", story);
            }
            request.get("/v1/facets")
                    .then()
                    .statusCode(200)
                    .body("facets.story.value", contains(ferry, orchard))
                    .body("facets.story.count", contains(3, 1))
                    .body("facets.story[0].label", containsString("Tavira Star"))
                    .body("facets.story[1].label", containsString("apple harvest"))
                    .body("facets.source", hasSize(story.isEmpty() ? 4 : 3));
        }
    }

    @Test
    void trendingRanksGrowthAgainstTheStorysOwnPast() throws Throwable {
        // Near the present, which trending scores against: the ferry story grows by one article now
        // after two in the days before; the orchard story is one article of the last hour.
        Instant now = Instant.now();
        List<ArticleEnriched> ferry = List.of(
                StoryTexts.article(
                        StoryTexts.FERRY_WIRE, "https://wire.example/trend/ferry", now.minus(Duration.ofHours(49))),
                StoryTexts.article(
                        StoryTexts.FERRY_DAILY, "https://daily.example/trend/ferry", now.minus(Duration.ofHours(25))),
                StoryTexts.article(
                        StoryTexts.FERRY_GAZETTE,
                        "https://gazette.example/trend/ferry",
                        now.minus(Duration.ofHours(1))));
        ArticleEnriched apples = StoryTexts.article(
                StoryTexts.ORCHARD, "https://farm.example/trend/apples", now.minus(Duration.ofHours(1)));
        for (ArticleEnriched article : ferry) {
            store(article);
        }
        store(apples);
        String ferryStory = storyOf(ferry.get(0));
        String orchardStory = storyOf(apples);
        assertEquals(ferryStory, storyOf(ferry.get(2)));

        List<String> trending = walk("trending");
        assertEquals(new HashSet<>(trending).size(), trending.size(), "trending repeats a story");
        // 1 / (1 + 0/12) = 1 against 1 / (1 + 2/12) = 0.86: the new story first, though smaller.
        assertEquals(true, trending.indexOf(orchardStory) >= 0, "the orchard story trends: " + trending);
        assertEquals(true, trending.indexOf(orchardStory) < trending.indexOf(ferryStory), String.valueOf(trending));
        // A story without an article in the last six hours is not trending.
        List<ArticleEnriched> old = StoryTexts.ferryAndOrchard("not-trending", start(2106));
        store(old.get(3));
        assertEquals(false, trending.contains(storyOf(old.get(3))));
        given().queryParam("sort", "trending")
                .queryParam("source", "farm weekly")
                .queryParam("from", now.minus(Duration.ofDays(1)).toString())
                .get("/v1/stories")
                .then()
                .statusCode(200)
                .body("items.id", contains(orchardStory));
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
        given().queryParam("country", "Portugal")
                .queryParam("from", "yesterday")
                .queryParam("minTone", "1")
                .get("/v1/stories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("country", "from", "minTone"));
        given().queryParam("sort", "trending")
                // A cursor of another order.
                .queryParam(
                        "cursor",
                        java.util.Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString("size:3:1".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .get("/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().get("/v1/stories/{id}", "nope").then().statusCode(400).body("errors.field", hasItem("id"));
        given().get("/v1/stories/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    /** Stores the ferry reports and the orchard article of {@code run}, in a year of their own. */
    private List<ArticleEnriched> storeFerryAndOrchard(String run, int year) throws Exception {
        List<ArticleEnriched> articles = StoryTexts.ferryAndOrchard(run, start(year));
        for (ArticleEnriched article : articles) {
            store(article);
        }
        return articles;
    }

    private static Instant start(int year) {
        return Instant.parse(year + "-03-01T09:00:00Z");
    }

    private void store(ArticleEnriched article) throws Exception {
        StoriesSwitch.store(store, article);
    }

    /** Every story id of the listing in {@code sort} order, one story a page, through the cursors. */
    private static List<String> walk(String sort) {
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
        return seen;
    }

    /** The ids of every story the filter lists, in the default order. */
    private static List<String> storyIds(Map<String, String> filter) {
        return given().queryParams(filter)
                .queryParam("limit", 100)
                .get("/v1/stories")
                .then()
                .statusCode(200)
                .body("nextCursor", nullValue())
                .extract()
                .path("items.id");
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
