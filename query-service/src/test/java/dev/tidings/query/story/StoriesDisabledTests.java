package dev.tidings.query.story;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code tidings.query.stories.enabled=false}: the same two reports are stored and served, without a
 * story, and no assignment is timed.
 */
@QuarkusTest
@TestProfile(StoriesDisabledTests.StoriesOff.class)
@WithTestResource(LocalInfraTestResource.class)
class StoriesDisabledTests {

    public static class StoriesOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tidings.query.stories.enabled", "false");
        }
    }

    @Inject
    ArticleStore store;

    @Test
    void reportsAreStoredWithoutAStory() throws Exception {
        List<ArticleEnriched> reports =
                StorySwitchTexts.bridgeReports("stories-off", Instant.parse("2132-05-04T07:00:00Z"));
        double before = StoriesSwitch.assignmentsTimed();
        for (ArticleEnriched report : reports) {
            StoriesSwitch.store(store, report);
        }

        for (ArticleEnriched report : reports) {
            given().get("/v1/articles/{id}", report.id())
                    .then()
                    .statusCode(200)
                    .body("title", equalTo(report.title()))
                    .body("story", nullValue());
        }
        given().queryParam("q", "Marrow bridge")
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .body("items.story", org.hamcrest.Matchers.everyItem(nullValue()));
        assertEquals(before, StoriesSwitch.assignmentsTimed());
    }
}
