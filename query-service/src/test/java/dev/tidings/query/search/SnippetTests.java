package dev.tidings.query.search;

import static dev.tidings.query.SearchApi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.SearchCorpus;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The snippet of a search hit on long stories: the passage around the match, marked, wherever in
 * the first 6,000 characters the match is; the lead when only the title matches.
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class SnippetTests {
    private static final String FILLER = "The harbour board met again on Tuesday and the minutes ran to many pages. ";

    @Inject
    ArticleStore store;

    @Inject
    Pool pool;

    private final List<UUID> added = new ArrayList<>();

    @AfterEach
    void removeArticles() {
        SearchCorpus.delete(pool, added);
    }

    @Test
    void aMatchDeepInALongStoryIsThePassageShown() {
        String body =
                FILLER.repeat(40) + "Divers found a zephyrine wreck off the breakwater at dawn. " + FILLER.repeat(30);
        store("Harbour board minutes", body);

        String snippet = snippet("zephyrine");

        assertTrue(snippet.contains("<mark>zephyrine</mark>"), snippet);
        assertTrue(snippet.contains("wreck off the breakwater"), snippet);
    }

    @Test
    void aQueryWithPunctuationInItsWordsFindsItsPassage() {
        String body =
                FILLER.repeat(40) + "The hull was rated brackwater-class (B.2) by the surveyors. " + FILLER.repeat(30);
        store("Survey of the hull", body);

        String snippet = snippet("brackwater-class");

        assertTrue(snippet.contains("<mark>"), snippet);
        assertTrue(snippet.contains("by the surveyors"), snippet);
    }

    @Test
    void aFormWhoseStemIsNotItsStartIsStillFoundAndMarked() {
        // "possibility" stems to "possibl", which does not begin the word: the passage search
        // misses it, and the longer headline over the body's start finds it.
        String body = FILLER.repeat(30) + "The quorvane council weighed the possibility of a second dredger. "
                + FILLER.repeat(10);
        store("Quorvane council meets", body);

        String snippet = snippet("quorvane possibilities");

        assertTrue(snippet.contains("<mark>possibility</mark>"), snippet);
    }

    @Test
    void aMatchInTheTitleOnlyShowsTheLead() {
        String body = "Ferry crews walked out at noon over rosters. " + FILLER.repeat(20);
        store("Glimmerwort strike halts ferries", body);

        String snippet = snippet("glimmerwort");

        assertFalse(snippet.contains("<mark>"), snippet);
        assertTrue(snippet.startsWith("Ferry crews walked out at noon"), snippet);
    }

    private void store(String title, String body) {
        UUID id = UUID.randomUUID();
        added.add(id);
        SearchCorpus.store(store, SearchCorpus.extra(id, Instant.parse("2031-06-01T00:00:00Z"), title, body, "NO"));
    }

    private static String snippet(String q) {
        JsonPath page = with("q", q)
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, page.getList("items").size(), page.prettify());
        return page.getString("items[0].snippet");
    }
}
