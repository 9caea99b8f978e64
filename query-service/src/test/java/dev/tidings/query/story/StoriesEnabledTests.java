package dev.tidings.query.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code tidings.query.stories.enabled} at its default: stored articles get their story, and each
 * assignment is timed as {@code tidings_stories_assign_seconds} on {@code /q/metrics}.
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class StoriesEnabledTests {

    @Inject
    ArticleStore store;

    @Test
    void twoReportsShareAStoryAndEachAssignmentIsTimed() throws Exception {
        List<ArticleEnriched> reports =
                StorySwitchTexts.bridgeReports("stories-on", Instant.parse("2131-05-04T07:00:00Z"));
        double before = StoriesSwitch.assignmentsTimed();
        for (ArticleEnriched report : reports) {
            StoriesSwitch.store(store, report);
        }

        String story = given().get("/v1/articles/{id}", reports.get(0).id())
                .then()
                .statusCode(200)
                .body("story.id", notNullValue())
                .extract()
                .path("story.id");
        given().get("/v1/articles/{id}", reports.get(1).id())
                .then()
                .statusCode(200)
                .body("story.id", equalTo(story))
                .body("story.size", equalTo(2));
        assertEquals(before + 2, StoriesSwitch.assignmentsTimed());
    }
}
