package dev.tidings.query.search;

import static dev.tidings.query.SearchApi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.SearchApi;
import dev.tidings.query.SearchCorpus;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recency window at a scale a test can store: a window of 10 articles instead of 2,500, over
 * articles published in the past two years (the corpus is dated in the future, so it is always in
 * the newest window). A common word is ranked and counted within the newest window that holds a
 * full page, and says so; a word with few matches in the whole archive is searched and counted
 * whole, exactly.
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
@TestProfile(SearchWindowTests.SmallWindow.class)
class SearchWindowTests {
    public static class SmallWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tidings.query.search.window-articles", "10");
        }
    }

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    ArticleStore store;

    @Inject
    Pool pool;

    private final List<UUID> added = new ArrayList<>();
    private final List<UUID> recentCommon = new ArrayList<>();
    private final List<UUID> olderCommon = new ArrayList<>();
    private final List<UUID> rare = new ArrayList<>();

    @BeforeEach
    void archive() {
        SearchCorpus.load(store, pool);
        // The oldest article, two years back: it sets the archive's span, so that 10 articles'
        // window is a few weeks.
        store(NOW.minus(Duration.ofDays(730)), "firstling", "NO", new ArrayList<>());
        // "marrowfen", common: 24 articles in the last 5 days (KP), 6 a year ago (NO).
        for (int i = 0; i < 24; i++) {
            store(NOW.minus(Duration.ofHours(5 * i + 1)), "marrowfen", "KP", recentCommon);
        }
        for (int i = 0; i < 6; i++) {
            store(NOW.minus(Duration.ofDays(365 + i)), "marrowfen", "NO", olderCommon);
        }
        // "thistlequay", rare: 3 articles, all older than any window but the whole archive.
        for (int i = 0; i < 3; i++) {
            store(NOW.minus(Duration.ofDays(400 + 30 * i)), "thistlequay", "TW", rare);
        }
        // The window's size comes from the planner's count of rows.
        pool.query("analyze articles").execute().await().atMost(Duration.ofSeconds(30));
    }

    @AfterEach
    void removeAdded() {
        SearchCorpus.delete(pool, added);
    }

    @Test
    void aCommonWordIsRankedAndCountedInTheNewestFullWindowAndARareOneInTheWholeArchive() {
        JsonPath common = with("q", "marrowfen", "limit", "20")
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Instant searchedFrom = Instant.parse(common.getString("searchedFrom"));
        assertTrue(
                searchedFrom.isAfter(NOW.minus(Duration.ofDays(365))),
                "ranked in a recent window, not the whole archive: " + searchedFrom);
        assertEquals(20, common.getList("items").size());
        assertTrue(
                Set.copyOf(recentCommon.stream().map(UUID::toString).toList()).containsAll(common.getList("items.id")),
                "the page holds matches of the window only");

        JsonPath commonFacets = with("q", "marrowfen", "facet", "country")
                .get("/v1/facets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // The search's window (both start on a whole minute; a minute may have turned between the two).
        Instant countedFrom = Instant.parse(commonFacets.getString("countedFrom"));
        assertTrue(
                Duration.between(searchedFrom, countedFrom).abs().compareTo(Duration.ofMinutes(1)) <= 0,
                searchedFrom + " and " + countedFrom);
        // Counted over the window: the 24 recent articles, not the 6 of a year ago.
        assertEquals(List.of("KP"), commonFacets.getList("facets.country.value"));
        assertEquals(24, commonFacets.getInt("facets.country[0].count"));

        JsonPath rareSearch = with("q", "thistlequay")
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(rareSearch.getString("searchedFrom"), "every match ranked");
        assertEquals(
                Set.copyOf(rare.stream().map(UUID::toString).toList()), Set.copyOf(rareSearch.getList("items.id")));

        JsonPath rareFacets = with("q", "thistlequay", "facet", "country")
                .get("/v1/facets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(rareFacets.getString("countedFrom"), "exact counts");
        assertEquals(3, rareFacets.getInt("facets.country[0].count"));

        // Newest first lists every match, whatever the window: the old ones come after the recent.
        List<String> newest = SearchApi.allIds(20, page -> {}, "q", "marrowfen", "sort", "newest");
        assertEquals(30, newest.size());
        assertNotNull(common.getString("nextCursor"), "the window holds more than a page");
    }

    @Test
    void aPageFoundInAWiderWindowShowsItsMatchesHighlighted() {
        // "fennelgarth": 40 matches in the last two days, inside the newest window (10 articles' span of
        // two years: about three weeks at the few hundred articles the tests store), and 70 five to seven
        // weeks back. A page of 100 is not in the newest window; 40 matches there promise many in the
        // archive, so the search widens (fourfold: 40 of 101 wanted) instead of counting, and the
        // snippets of the wider window's page are made as on any other.
        List<UUID> matches = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            store(NOW.minus(Duration.ofMinutes(60L * i + 30)), "fennelgarth", "IE", matches);
        }
        for (int i = 0; i < 70; i++) {
            store(NOW.minus(Duration.ofDays(35)).minus(Duration.ofMinutes(200L * i)), "fennelgarth", "IE", matches);
        }
        pool.query("analyze articles").execute().await().atMost(Duration.ofSeconds(30));

        JsonPath page = with("q", "fennelgarth", "limit", "100")
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(100, page.getList("items").size());
        assertNotNull(page.getString("searchedFrom"), "ranked in a window, not the whole archive");
        assertTrue(
                Set.copyOf(matches.stream().map(UUID::toString).toList()).containsAll(page.getList("items.id")),
                "the page holds the word's matches: " + page.getList("items.id"));
        List<String> unmarked = page.<String>getList("items.snippet").stream()
                .filter(s -> !s.contains("<mark>fennelgarth</mark>"))
                .toList();
        assertEquals(List.of(), unmarked, "every snippet marks the word");
    }

    @Test
    void aDateRangeInThePastIsSearchedFromItsEndNotFromNow() {
        // Six matches within an hour, 500 days back (an hour holds far fewer than the window's 10
        // articles however many other tests stored), and as many this week.
        Instant past = NOW.minus(Duration.ofDays(500));
        List<UUID> then = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            store(past.plus(Duration.ofMinutes(i)), "quillmere", "IS", then);
            store(NOW.minus(Duration.ofHours(i + 1)), "quillmere", "FI", new ArrayList<>());
        }
        pool.query("analyze articles").execute().await().atMost(Duration.ofSeconds(30));
        Instant to = past.plus(Duration.ofHours(1));

        JsonPath page = with("q", "quillmere", "to", to.toString(), "limit", "5")
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // Ranked in a window that ends at the range's end and holds all six: not the whole archive,
        // as when the windows started from now and found nothing in the range.
        Instant searchedFrom = Instant.parse(page.getString("searchedFrom"));
        assertTrue(
                searchedFrom.isBefore(past) && searchedFrom.isAfter(NOW.minus(Duration.ofDays(730))),
                "" + searchedFrom);
        assertEquals(5, page.getList("items").size());
        assertTrue(
                Set.copyOf(then.stream().map(UUID::toString).toList()).containsAll(page.getList("items.id")),
                "the page holds the range's matches only: " + page.getList("items.id"));

        JsonPath facets = with("q", "quillmere", "to", to.toString(), "facet", "country")
                .get("/v1/facets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("IS"), facets.getList("facets.country.value"));
        assertEquals(6, facets.getInt("facets.country[0].count"));
    }

    private void store(Instant published, String marker, String country, List<UUID> into) {
        UUID id = UUID.randomUUID();
        SearchCorpus.store(store, SearchCorpus.extra(id, published, marker, country));
        added.add(id);
        into.add(id);
    }
}
