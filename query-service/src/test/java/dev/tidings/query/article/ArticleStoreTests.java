package dev.tidings.query.article;

import static dev.tidings.query.FixtureArticles.Content.FIRST;
import static dev.tidings.query.FixtureArticles.Content.SECOND;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.FixtureArticles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The upsert rule, case by case, seen through the API as a reader would see it. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ArticleStoreTests {
    private static final long V1 = 1_764_000_000_000_000L;
    private static final long V2 = V1 + 1_000_000L;

    @Inject
    ArticleStore store;

    @Test
    void newArticleIsStoredWithItsTags() throws Throwable {
        UUID id = UUID.randomUUID();

        assertEquals(UpsertOutcome.STORED, upsert(FixtureArticles.article(id, V1, FIRST, 1)));

        get(id).body("version", equalTo(V1))
                .body("title", equalTo(FIRST.title()))
                .body("enrichmentVersion", equalTo(1))
                .body("entities", hasSize(2))
                .body("segments.teasers[0].kicker", equalTo("SHIPPING"));
    }

    @Test
    void duplicateDeliveryChangesNothing() throws Throwable {
        UUID id = UUID.randomUUID();
        ArticleEnriched article = FixtureArticles.article(id, V1, FIRST, 1);
        upsert(article);
        String before = get(id).extract().asString();

        assertEquals(UpsertOutcome.SKIPPED, upsert(article));

        assertEquals(before, get(id).extract().asString());
    }

    @Test
    void identicalResubmissionKeepsTheStoredVersion() throws Throwable {
        UUID id = UUID.randomUUID();
        upsert(FixtureArticles.article(id, V1, FIRST, 1));

        assertEquals(UpsertOutcome.SKIPPED, upsert(FixtureArticles.article(id, V2, FIRST, 1)));

        get(id).body("version", equalTo(V1));
    }

    @Test
    void olderVersionNeverOverwritesNewer() throws Throwable {
        UUID id = UUID.randomUUID();
        upsert(FixtureArticles.article(id, V2, SECOND, 1));

        assertEquals(UpsertOutcome.SKIPPED, upsert(FixtureArticles.article(id, V1, FIRST, 2)));

        get(id).body("version", equalTo(V2)).body("title", equalTo(SECOND.title()));
    }

    @Test
    void newerContentVersionReplacesTheOld() throws Throwable {
        UUID id = UUID.randomUUID();
        upsert(FixtureArticles.article(id, V1, FIRST, 1));

        assertEquals(UpsertOutcome.STORED, upsert(FixtureArticles.article(id, V2, SECOND, 1)));

        get(id).body("version", equalTo(V2))
                .body("title", equalTo(SECOND.title()))
                .body("body", equalTo(FixtureArticles.SECOND_BODY));
    }

    @Test
    void replayThroughNewerEnricherUpdatesTheTagsAndOlderEnricherDoesNot() throws Throwable {
        UUID id = UUID.randomUUID();
        upsert(FixtureArticles.article(id, V1, FIRST, 1));

        assertEquals(UpsertOutcome.STORED, upsert(FixtureArticles.article(id, V1, FIRST, 2)));
        assertEquals(UpsertOutcome.SKIPPED, upsert(FixtureArticles.article(id, V1, FIRST, 1)));

        get(id).body("enrichmentVersion", equalTo(2))
                .body("entities", hasSize(3))
                .body("entities[2].type", equalTo("ORGANIZATION"))
                .body("enricherNote", equalTo("segments v2"));
    }

    private UpsertOutcome upsert(ArticleEnriched article) throws Throwable {
        var row = ArticleEventReader.ENRICHED.read(FixtureArticles.json(article));
        return VertxContextSupport.subscribeAndAwait(() -> store.upsert(row));
    }

    private static ValidatableResponse get(UUID id) {
        return given().get("/v1/articles/{id}", id).then().statusCode(200);
    }
}
