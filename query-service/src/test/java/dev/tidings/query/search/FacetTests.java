package dev.tidings.query.search;

import static dev.tidings.query.SearchApi.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.SearchCorpus;
import dev.tidings.query.SearchCorpus.CorpusArticle;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facet counts over the corpus, checked against counts computed from the corpus itself. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class FacetTests {
    @Inject
    ArticleStore store;

    @Inject
    Pool pool;

    @BeforeEach
    void corpus() {
        SearchCorpus.load(store, pool);
    }

    @Test
    void countsMatchTheCorpusMostFrequentFirst() {
        JsonPath facets = with(
                        "q", "vellmar", "facet", "topic,country", "facet", "person", "facet", "language", "size", "3")
                .get("/v1/facets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals(top(3, a -> a.topicCodes().stream()), counts(facets, "topic"));
        assertEquals(top(3, a -> a.event().countries().stream().map(c -> c.code())), counts(facets, "country"));
        assertEquals(
                top(
                        3,
                        a -> a.event().entities().stream()
                                .filter(e -> e.type().name().equals("PERSON"))
                                .map(e -> e.id())),
                counts(facets, "person"));
        assertEquals(top(3, a -> Stream.of(a.event().language().code())), counts(facets, "language"));
        assertEquals("politics", label(facets, "topic", "medtop:11000000"));
        assertEquals("China", label(facets, "country", "CN"));
        assertEquals("Chiu Chui-cheng", label(facets, "person", "person:chiu-chui-cheng"));
        assertEquals("German", label(facets, "language", "de"));
    }

    @Test
    void aFacetIgnoresItsOwnFilterSoItsOtherValuesStayOffered() {
        JsonPath filtered = with("q", "vellmar", "country", "KP", "facet", "country,topic,source", "size", "50")
                .get("/v1/facets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals(
                top(50, a -> a.event().countries().stream().map(c -> c.code())),
                counts(filtered, "country"),
                "country counts as without the country filter");
        assertEquals(
                top(50, a -> a.hasCountry("KP") ? a.topicCodes().stream() : Stream.empty()),
                counts(filtered, "topic"),
                "other facets count within the filter");
        assertEquals(
                top(50, a -> a.hasCountry("KP") ? Stream.of(a.event().source()) : Stream.empty()),
                counts(filtered, "source"));
    }

    @ParameterizedTest
    @CsvSource({
        "facet=colour,facet",
        "facet=topic&size=51,size",
        "q=vellmar,facet",
        "facet=topic&limit=5,limit",
        "facet=topic&country=Korea,country"
    })
    void invalidFacetRequestIsBadRequestNamingTheParameter(String query, String field) {
        io.restassured.RestAssured.given()
                .get("/v1/facets?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(field));
    }

    @Test
    void facetsOfNothingAreEmptyLists() {
        with("q", "zanzibarquoll", "facet", "topic")
                .get("/v1/facets")
                .then()
                .statusCode(200)
                .body("facets.topic.size()", equalTo(0));
    }

    /** The {@code size} most frequent values among listed corpus articles, as facet counts order them. */
    private static Map<String, Integer> top(int size, Function<CorpusArticle, Stream<String>> values) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        SearchCorpus.articles().stream()
                .filter(a -> !a.duplicate())
                .flatMap(values)
                .forEach(v -> counts.merge(v, 1, Integer::sum));
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(size)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static Map<String, Integer> counts(JsonPath facets, String facet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map<String, Object>> values = facets.getList("facets." + facet);
        values.forEach(v -> counts.put((String) v.get("value"), ((Number) v.get("count")).intValue()));
        return counts;
    }

    private static String label(JsonPath facets, String facet, String value) {
        List<Map<String, Object>> values = facets.getList("facets." + facet);
        return values.stream()
                .filter(v -> value.equals(v.get("value")))
                .map(v -> (String) v.get("label"))
                .findFirst()
                .orElse(null);
    }
}
