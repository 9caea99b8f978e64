package dev.tidings.query.entity;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Link;
import dev.tidings.events.Mention;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.EnrichedTopic;
import dev.tidings.query.FixtureArticles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Three articles name the United States three ways; enrichment links all three to one Wikipedia
 * page, and the directory, autocomplete and facets then show one entity under the page's title.
 * Records go through the broker and the consumer to the database, as enrichment publishes them.
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class LinkedEntityTests {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Link UNITED_STATES = new Link("wikipedia", "United_States", "United States", 0.93);
    private static final Link FEDERAL_RESERVE = new Link("wikipedia", "Federal_Reserve", "Federal Reserve", 0.88);
    /** A word only these articles use, so that facets can be asked about them alone. */
    private static final String MARKER = "Quorvale";

    @Test
    void theUsTheUnitedStatesAndAmericaAreOneEntryUnderThePageTitle() {
        try (EnrichedTopic topic = new EnrichedTopic()) {
            send(
                    topic,
                    "Tariffs on " + MARKER + " steel from the U.S. rose again on Monday, after the Fed met.",
                    "U.S.",
                    "Fed");
            send(
                    topic,
                    "Exports of " + MARKER + " valves to the United States fell, the Federal Reserve said.",
                    "United States",
                    "Federal Reserve");
            send(
                    topic,
                    "Farmers sold more " + MARKER + " soybeans to America than ever, and the Fed took note.",
                    "America",
                    "Fed");
        }
        await().atMost(PATIENCE)
                .until(() -> given().queryParam("q", MARKER)
                                .get("/v1/articles")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("items")
                                .size()
                        == 3);

        given().queryParam("prefix", "United")
                .get("/v1/entities")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo("wikipedia:United_States"))
                .body("[0].type", equalTo("LOCATION"))
                .body("[0].name", equalTo("United States"))
                .body("[0].articleCount", equalTo(3))
                .body("[0].aliases", containsInAnyOrder("U.S.", "America"));
        // Any of its names finds it.
        given().queryParam("prefix", "amer")
                .get("/v1/entities")
                .then()
                .statusCode(200)
                .body("id", hasItems("wikipedia:United_States"));
        // Facets count and label a linked organisation by its page, however each article named it.
        given().queryParam("q", MARKER)
                .queryParam("facet", "organization")
                .get("/v1/facets")
                .then()
                .statusCode(200)
                .body("facets.organization", hasSize(1))
                .body("facets.organization[0].value", equalTo("wikipedia:Federal_Reserve"))
                .body("facets.organization[0].label", equalTo("Federal Reserve"))
                .body("facets.organization[0].count", equalTo(3));
    }

    private static void send(EnrichedTopic topic, String body, String placeName, String bankName) {
        UUID id = UUID.randomUUID();
        Entity place = new Entity(
                "wikipedia:United_States",
                EntityType.LOCATION,
                placeName,
                List.of(),
                List.of(mention(body, placeName)),
                0.7,
                "US",
                null,
                UNITED_STATES);
        Entity bank = new Entity(
                "wikipedia:Federal_Reserve",
                EntityType.ORGANIZATION,
                bankName,
                List.of(),
                List.of(mention(body, bankName)),
                0.5,
                null,
                null,
                FEDERAL_RESERVE);
        ArticleEnriched article = new ArticleEnriched(
                id,
                1_764_100_000_000_000L,
                "https://news.example.org/trade/" + id,
                "Example Trade News",
                "Trade figures",
                body,
                Instant.parse("2026-11-24T06:30:00Z"),
                List.of(),
                "Business",
                FixtureArticles.sha256(body),
                Instant.parse("2026-11-24T07:00:00Z"),
                Instant.parse("2026-11-24T07:00:02Z"),
                1,
                new DetectedLanguage("en", 0.97),
                List.of(place, bank));
        topic.send(id.toString(), ArticleEventJson.mapper().valueToTree(article).toString());
    }

    private static Mention mention(String body, String name) {
        int at = body.indexOf(name);
        return new Mention(at, at + name.length(), name);
    }
}
