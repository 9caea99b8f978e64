package dev.tidings.query.article;

import static dev.tidings.query.FixtureArticles.Content.FIRST;
import static dev.tidings.query.FixtureArticles.Content.SECOND;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.FixtureArticles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A story syndicated under another URL is flagged as a duplicate of the first; others are not. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class NearDuplicateTests {
    private static final long V1 = 1_764_000_000_000_000L;
    private static final Random RANDOM = new Random();

    @Inject
    ArticleStore store;

    @Test
    void copyUnderAnotherUrlPointsAtTheFirstAndIsHiddenFromSearch() throws Throwable {
        long fingerprint = RANDOM.nextLong();
        UUID original = UUID.randomUUID();
        UUID copy = UUID.randomUUID();
        UUID copyOfCopy = UUID.randomUUID();
        store(original, FIRST, fingerprint);
        // A changed first sentence moves a few bits of the SimHash.
        store(copy, FIRST, fingerprint ^ 0b1011L);
        store(copyOfCopy, FIRST, fingerprint ^ 0b1011L ^ (1L << 40));

        article(original).body("duplicateOf", nullValue());
        article(copy).body("duplicateOf", equalTo(original.toString()));
        article(copyOfCopy).body("duplicateOf", equalTo(original.toString()));
        given().queryParam("limit", 100)
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(copy.toString())));
        given().queryParam("limit", 100)
                .queryParam("includeDuplicates", true)
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(copy.toString()));
    }

    @Test
    void aCopySixBitsAwayInSixDifferentBytesIsStillADuplicate() throws Throwable {
        // One bit in each of the six low bytes: only the two high bytes agree, the fewest that the
        // candidate lookup (V18: pairs of bytes) can rely on within 6 bits.
        long sixBytes = 1L | 1L << 9 | 1L << 18 | 1L << 27 | 1L << 36 | 1L << 45;
        UUID[] firstAndSecond = storeTwo(FIRST, sixBytes);

        article(firstAndSecond[1]).body("duplicateOf", equalTo(firstAndSecond[0].toString()));
    }

    @Test
    void unrelatedStoryOnTheSameSubjectIsNotADuplicate() throws Throwable {
        // Seven bits apart: just past the threshold.
        UUID[] firstAndOther = storeTwo(SECOND, 0b1111111L);

        article(firstAndOther[1]).body("duplicateOf", nullValue());
    }

    /** An article, then another whose fingerprint differs from its by {@code changedBits}. */
    private UUID[] storeTwo(FixtureArticles.Content second, long changedBits) throws Throwable {
        long fingerprint = RANDOM.nextLong();
        UUID[] ids = {UUID.randomUUID(), UUID.randomUUID()};
        store(ids[0], FIRST, fingerprint);
        store(ids[1], second, fingerprint ^ changedBits);
        return ids;
    }

    @Test
    void newVersionOfTheSameUrlIsNotADuplicate() throws Throwable {
        long fingerprint = RANDOM.nextLong();
        UUID id = UUID.randomUUID();
        store(id, V1, FIRST, fingerprint);
        store(id, V1 + 1, SECOND, fingerprint ^ 1L);

        article(id).body("version", equalTo(V1 + 1)).body("duplicateOf", nullValue());
    }

    private void store(UUID id, FixtureArticles.Content content, long fingerprint) throws Throwable {
        store(id, V1, content, fingerprint);
    }

    private void store(UUID id, long version, FixtureArticles.Content content, long fingerprint) throws Throwable {
        ArticleEnriched article = FixtureArticles.article(id, version, content, 1);
        ObjectNode json = (ObjectNode) ArticleEventJson.mapper().readTree(FixtureArticles.json(article));
        json.put("fingerprint", String.format("%016x", fingerprint));
        var row = ArticleEventReader.ENRICHED.read(json.toString());
        VertxContextSupport.subscribeAndAwait(() -> store.upsert(row));
    }

    private static io.restassured.response.ValidatableResponse article(UUID id) {
        return given().get("/v1/articles/{id}", id).then().statusCode(200);
    }
}
