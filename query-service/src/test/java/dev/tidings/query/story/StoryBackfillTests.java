package dev.tidings.query.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.article.ArticleStore;
import dev.tidings.query.article.StoryBackfill;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Articles stored without a story (stories were switched off, or the archive importer loaded them)
 * get the story the consumer would have given them, and the story API then serves it.
 */
@QuarkusTest
@TestProfile(StoryBackfillTests.RareBackfill.class)
@WithTestResource(LocalInfraTestResource.class)
class StoryBackfillTests {

    /** The timer's run at start only: the test runs the backfill itself. */
    public static class RareBackfill implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tidings.query.stories.backfill-interval", "PT1H");
        }
    }

    @Inject
    ArticleStore store;

    @Inject
    StoryBackfill backfill;

    @Inject
    Pool pool;

    @Test
    void articlesStoredWithoutAStoryGetTheOneTheConsumerWouldHaveGiven() throws Throwable {
        Instant start = Instant.parse("2133-02-01T06:00:00Z");
        List<ArticleEnriched> reports = StorySwitchTexts.bridgeReports("backfill", start);
        for (ArticleEnriched report : reports) {
            StoriesSwitch.store(store, report);
        }
        UUID story = StoryMatcher.storyId(reports.get(0).id());
        // As if stored while stories were off: no story row, no story on the articles.
        await(pool.preparedQuery("delete from stories where id = $1").execute(Tuple.of(story)));
        await(pool.preparedQuery("update articles set story_id = null where story_id = $1")
                .execute(Tuple.of(story)));
        given().get("/v1/articles/{id}", reports.get(1).id())
                .then()
                .statusCode(200)
                .body("story", nullValue());

        VertxContextSupport.subscribeAndAwait(backfill::run);

        for (ArticleEnriched report : reports) {
            given().get("/v1/articles/{id}", report.id())
                    .then()
                    .statusCode(200)
                    .body("story.id", equalTo(story.toString()))
                    .body("story.size", equalTo(2))
                    .body("story.firstSeenAt", equalTo(start.toString()));
        }
        given().get("/v1/stories/{id}", story)
                .then()
                .statusCode(200)
                .body("story.size", equalTo(2))
                .body("articles.size()", equalTo(2));
        long left = await(pool.query("select count(*) from articles where story_id is null")
                        .execute())
                .iterator()
                .next()
                .getLong(0);
        assertEquals(0, left, "articles still without a story after the backfill");
    }

    private static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(30));
    }
}
