package dev.tidings.query.search;

import static dev.tidings.query.SearchApi.allIds;
import static dev.tidings.query.SearchApi.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.SearchCorpus;
import dev.tidings.query.SearchCorpus.CorpusArticle;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Search over the corpus as a front end uses it: filters, full text, orders and paging. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ArticleSearchTests {
    private static final String CHIU = "person:chiu-chui-cheng";
    private static final String VELLIN = "person:mara-vellin";
    private static final String MAC = "organization:mainland-affairs-council";
    private static final String UNION = "organization:harbour-workers-union";

    @Inject
    ArticleStore store;

    @Inject
    Pool pool;

    @BeforeEach
    void corpus() {
        SearchCorpus.load(store, pool);
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                filter(a -> a.hasPerson(CHIU), "person", "Chiu Chui-cheng"),
                filter(a -> a.hasPerson(CHIU), "person", "邱垂正"),
                filter(a -> a.hasPerson(VELLIN), "person", VELLIN),
                filter(a -> a.hasPerson(CHIU) || a.hasPerson(VELLIN), "person", "chiu chui-cheng", "person", "VELLIN"),
                filter(a -> a.hasOrganization(MAC), "organization", "MAC"),
                filter(a -> a.index() % 8 == 0, "location", "macau"),
                filter(a -> a.hasCountry("KP"), "country", "KP"),
                filter(a -> a.hasCountry("KP") || a.hasCountry("PH"), "country", "kp", "country", "PH"),
                filter(a -> a.hasTopic("medtop:16000000"), "topic", "medtop:16000000"),
                filter(a -> a.hasTopic("medtop:11000000"), "topic", "medtop:11000000"),
                filter(a -> a.sentTopic("medtop:20000574"), "topic", "medtop:20000574"),
                filter(a -> a.event().language().code().equals("de"), "language", "de"),
                filter(a -> a.event().source().equals("Northern Ledger"), "source", "northern ledger"),
                filter(
                        a -> !a.event().publishedAt().isBefore(Instant.parse("2031-01-05T00:00:00Z"))
                                && a.event().publishedAt().isBefore(Instant.parse("2031-01-07T00:00:00Z")),
                        "from",
                        "2031-01-05",
                        "to",
                        "2031-01-06"),
                filter(a -> a.tone() >= 2 && a.tone() <= 4, "minTone", "2", "maxTone", "4", "q", "vellmar"),
                filter(
                        a -> a.hasCountry("CN") && a.hasTopic("medtop:11000000") && a.hasOrganization(MAC),
                        "country",
                        "CN",
                        "topic",
                        "medtop:11000000",
                        "organization",
                        "Mainland Affairs Council"),
                filter(a -> a.hasOrganization(UNION), "organization", "organization:harbour-workers-union"));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void eachFilterFindsExactlyItsArticles(Predicate<CorpusArticle> expected, String[] parameters) {
        Set<String> found = corpusIds(allIds(parameters));

        assertEquals(SearchCorpus.ids(expected), found, String.join(" ", parameters));
        assertTrue(!found.isEmpty(), "a filter test must find something");
    }

    @Test
    void aTopLevelTopicFindsArticlesTaggedWithItsChildren() {
        Set<String> politics = corpusIds(allIds("topic", "medtop:11000000"));
        Set<String> electionOnly =
                SearchCorpus.ids(a -> a.sentTopic("medtop:20000574") && !a.sentTopic("medtop:11000000"));
        Set<String> armedConflict = SearchCorpus.ids(a -> a.sentTopic("medtop:20000056"));

        assertTrue(!electionOnly.isEmpty() && politics.containsAll(electionOnly), "a child sent without its parent");
        assertTrue(
                !armedConflict.isEmpty()
                        && corpusIds(allIds("topic", "medtop:16000000")).containsAll(armedConflict),
                "a child sent with its parent");
    }

    @Test
    void duplicatesAreHiddenUnlessAskedFor() {
        Set<String> duplicates = SearchCorpus.DUPLICATES.stream()
                .map(i -> SearchCorpus.articles().get(i).id())
                .collect(java.util.stream.Collectors.toSet());

        Set<String> hidden = corpusIds(allIds("q", "vellmar"));
        Set<String> shown = corpusIds(allIds("q", "vellmar", "includeDuplicates", "true"));

        assertTrue(hidden.stream().noneMatch(duplicates::contains));
        assertTrue(shown.containsAll(duplicates));
        assertEquals(SearchCorpus.SIZE, shown.size());
    }

    @Test
    void webSearchSyntaxMatchesAsWritten() {
        assertEquals(
                SearchCorpus.ids(a -> text(a).contains("night-shift pay")),
                corpusIds(allIds("q", "\"night-shift pay\" vellmar")),
                "a quoted phrase");
        assertEquals(
                SearchCorpus.ids(a -> text(a).contains("drought") || text(a).contains("tariff")),
                corpusIds(allIds("q", "drought OR tariff")),
                "OR");
        assertEquals(
                SearchCorpus.ids(a -> !text(a).contains("drought")),
                corpusIds(allIds("q", "vellmar -drought")),
                "exclusion");
    }

    @Test
    void relevancePutsTitleMatchesFirstAndHighlightsTheBody() {
        JsonPath page = with("q", "quillfish", "limit", "100")
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> ids = page.getList("items.id");
        Set<String> inTitle = SearchCorpus.ids(a -> a.event().title().contains("quillfish"));
        Set<String> inBodyOnly = SearchCorpus.ids(a ->
                a.event().body().contains("quillfish") && !a.event().title().contains("quillfish"));

        assertEquals(inTitle.size() + inBodyOnly.size(), ids.size());
        assertEquals(inTitle, Set.copyOf(ids.subList(0, inTitle.size())), "title matches rank first");
        int bodyHit = ids.indexOf(inBodyOnly.iterator().next());
        assertTrue(
                page.getString("items[" + bodyHit + "].snippet").contains("<mark>quillfish</mark>"),
                page.getString("items[" + bodyHit + "].snippet"));
    }

    @Test
    void hitCarriesEscapedSnippetEntitiesTopicsAndCountries() {
        CorpusArticle xss = SearchCorpus.articles().get(13);

        with("q", "sealed")
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(xss.id()))
                // The API returns the title as text; making it safe is the page's job.
                .body("items[0].title", equalTo(SearchCorpus.XSS_TITLE))
                .body("items[0].snippet", containsString("&amp; <mark>sealed</mark>"))
                .body("items[0].snippet", not(containsString("<b>")))
                .body("items[0].source", equalTo(xss.event().source()))
                .body("items[0].language.code", equalTo("en"))
                .body("items[0].entities.size()", lessThanOrEqualTo(5))
                .body("items[0].entities[0].id", equalTo("person:mara-vellin"))
                .body("items[0].topics.code", hasItem("medtop:16000000"))
                .body("items[0].countries[0].code", equalTo("KR"))
                .body("items[0].countries[0].name", equalTo("South Korea"));
    }

    @ParameterizedTest
    @EnumSource(
            value = SearchSort.class,
            names = {"NEWEST", "OLDEST"})
    void datedOrdersFollowPublicationTime(SearchSort sort) {
        Comparator<CorpusArticle> oldestFirst =
                Comparator.comparing(a -> a.event().publishedAt());
        List<String> expected = SearchCorpus.articles().stream()
                .filter(a -> !a.duplicate() && a.event().language().code().equals("de"))
                .sorted(sort == SearchSort.NEWEST ? oldestFirst.reversed() : oldestFirst)
                .map(CorpusArticle::id)
                .toList();

        assertEquals(expected, allIds(3, page -> {}, "language", "de", "sort", sort.parameter()));
    }

    @ParameterizedTest
    @EnumSource(SearchSort.class)
    void pagingSeesEveryArticleOnceWhileNewOnesArrive(SearchSort sort) {
        List<UUID> added = new ArrayList<>();
        try {
            List<String> seen = allIds(
                    25,
                    page -> {
                        // Newer than all, and in between the corpus articles: before and after the cursor.
                        for (Instant at : List.of(
                                Instant.parse("2032-06-01T00:00:00Z").plusSeconds(page),
                                SearchCorpus.FIRST_PUBLISHED.plusSeconds(7_777L * (page + 1)))) {
                            UUID id = UUID.randomUUID();
                            added.add(id);
                            SearchCorpus.store(store, SearchCorpus.extra(id, at, "quillfish", "KP"));
                        }
                    },
                    "q",
                    "vellmar quillfish OR vellmar",
                    "sort",
                    sort.parameter());

            assertEquals(seen.size(), new HashSet<>(seen).size(), "an article was listed twice");
            assertEquals(SearchCorpus.ids(a -> true), corpusIds(seen), "an original article was skipped");
        } finally {
            SearchCorpus.delete(pool, added);
        }
    }

    @Test
    void anOrganisationIsFoundByAnyNameAnArticleGaveIt() {
        // The same organisation (one id): one article gives its short name too, the other its full name only.
        String guild = "organization:lantern-guild-of-vellmar";
        Entity withShortName = new Entity(
                guild, EntityType.ORGANIZATION, "Lantern Guild", List.of("LGV"), List.of(), 0.6, null, null, null);
        Entity fullNameOnly = new Entity(
                guild, EntityType.ORGANIZATION, "Lantern Guild", List.of(), List.of(), 0.6, null, null, null);
        UUID shortNamed = UUID.randomUUID();
        UUID fullNamed = UUID.randomUUID();
        try {
            SearchCorpus.store(
                    store,
                    SearchCorpus.extra(
                            shortNamed,
                            Instant.parse("2031-03-01T08:00:00Z"),
                            "Lantern Guild opens its hall",
                            "The Lantern Guild (LGV) opened its hall on the quay.",
                            "TW",
                            List.of(withShortName)));
            SearchCorpus.store(
                    store,
                    SearchCorpus.extra(
                            fullNamed,
                            Instant.parse("2031-03-02T08:00:00Z"),
                            "Lantern Guild opens a second hall",
                            "The Lantern Guild opened a second hall by the ferry slip.",
                            "TW",
                            List.of(fullNameOnly)));

            for (String name : List.of("LGV", "lantern guild", guild)) {
                assertEquals(
                        Set.of(shortNamed.toString(), fullNamed.toString()),
                        Set.copyOf(allIds("organization", name)),
                        name);
            }
        } finally {
            SearchCorpus.delete(pool, List.of(shortNamed, fullNamed));
        }
    }

    @Test
    void cursorOfAnotherQueryIsRefused() {
        String cursor = with("q", "vellmar", "limit", "2")
                .get("/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");

        with("q", "drought", "cursor", cursor)
                .get("/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("cursor"))
                .body("errors[0].reason", containsString("another query"));
        with("q", "vellmar", "sort", "newest", "cursor", cursor)
                .get("/v1/articles")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("cursor"));
    }

    static Stream<Arguments> invalidSearches() {
        return Stream.of(
                invalid("sort", "sort", "relevance"),
                invalid("sort", "sort", "title"),
                invalid("country", "country", "KOR"),
                invalid("topic", "topic", "politics"),
                invalid("language", "language", "English"),
                invalid("from", "from", "yesterday"),
                invalid("to", "from", "2031-02-01", "to", "2031-01-01"),
                invalid("minTone", "minTone", "high"),
                invalid("maxTone", "minTone", "3", "maxTone", "1"),
                invalid("includeDuplicates", "includeDuplicates", "yes"),
                invalid("q", "q", "the"),
                invalid("q", "q", "x".repeat(501)),
                invalid("person", "person", " "),
                invalid("colour", "colour", "red"),
                invalid("limit", "limit", "0"));
    }

    @ParameterizedTest
    @MethodSource("invalidSearches")
    void invalidSearchIsBadRequestNamingTheParameter(String field, String[] parameters) {
        with(parameters)
                .get("/v1/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tidings.dev/problems/invalid-request"))
                .body("errors.field", hasItems(field));
    }

    private static Arguments filter(Predicate<CorpusArticle> expected, String... parameters) {
        return Arguments.of(expected, parameters);
    }

    private static Arguments invalid(String field, String... parameters) {
        return Arguments.of(field, parameters);
    }

    private static String text(CorpusArticle article) {
        return (article.event().title() + "\n" + article.event().body()).toLowerCase(java.util.Locale.ROOT);
    }

    /** The corpus articles among {@code ids}: other tests' articles are no concern here. */
    private static Set<String> corpusIds(List<String> ids) {
        Set<String> corpus = new HashSet<>();
        SearchCorpus.articles().forEach(a -> corpus.add(a.id()));
        Set<String> found = new HashSet<>();
        for (String id : ids) {
            if (corpus.contains(id)) {
                found.add(id);
            }
        }
        return found;
    }
}
