package dev.tidings.query;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.events.EntityType;
import dev.tidings.http.openapi.OpenApiRules;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.entity.EntitySuggestRequest;
import dev.tidings.query.search.FacetDimension;
import dev.tidings.query.search.FacetRequest;
import dev.tidings.query.search.SearchFilter;
import dev.tidings.query.search.SearchRequest;
import dev.tidings.query.search.SearchSort;
import dev.tidings.query.story.StorySort;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served API description keeps the rules client generators and the linter need, and documents
 * exactly the parameters and values the code accepts. Runs on every machine; the openapi-lint
 * profile adds redocly's own lint where node is installed.
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ApiDocumentTests {
    private JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        String json = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void keepsTheRulesGeneratorsAndTheLinterNeed() {
        assertEquals(List.of(), OpenApiRules.violations(document));
        assertEquals(
                Set.of(
                        "searchArticles",
                        "getArticle",
                        "countFacets",
                        "suggestEntities",
                        "streamArticles",
                        "listStories",
                        "getStory"),
                operationIds());
    }

    @Test
    void documentsEveryParameterTheSearchesRead() {
        assertEquals(
                names(SearchFilter.PARAMETERS, SearchRequest.SORT, SearchRequest.LIMIT, SearchRequest.CURSOR),
                parameterNames("searchArticles"));
        assertEquals(
                names(SearchFilter.PARAMETERS, FacetRequest.FACET, FacetRequest.SIZE), parameterNames("countFacets"));
        assertEquals(names(SearchFilter.PARAMETERS, "Last-Event-ID"), parameterNames("streamArticles"));
        assertEquals(names(SearchFilter.STORY_FILTERS, "sort", "limit", "cursor"), parameterNames("listStories"));
        assertEquals(
                names(Set.of(), EntitySuggestRequest.PREFIX, EntitySuggestRequest.TYPE, EntitySuggestRequest.LIMIT),
                parameterNames("suggestEntities"));
    }

    @Test
    void closedValuesAreEnumeratedAsTheCodeTakesThem() {
        assertEquals(
                Arrays.stream(SearchSort.values()).map(SearchSort::parameter).toList(),
                values(parameter("searchArticles", SearchRequest.SORT).path("schema")));
        assertEquals(
                Arrays.stream(FacetDimension.values())
                        .map(FacetDimension::parameter)
                        .toList(),
                values(OpenApiRules.resolve(
                        document,
                        parameter("countFacets", FacetRequest.FACET)
                                .path("schema")
                                .path("items"))));
        assertEquals(
                Arrays.stream(StorySort.values()).map(StorySort::parameter).toList(),
                values(parameter("listStories", "sort").path("schema")));
        assertEquals(
                Arrays.stream(EntityType.values())
                        .map(type -> type.name().toLowerCase(Locale.ROOT))
                        .toList(),
                values(parameter("suggestEntities", EntitySuggestRequest.TYPE).path("schema")));
        assertEquals(
                "array",
                parameter("searchArticles", SearchFilter.COUNTRY)
                        .path("schema")
                        .path("type")
                        .asText());
    }

    private Set<String> operationIds() {
        Set<String> ids = new TreeSet<>();
        OpenApiRules.operations(document)
                .values()
                .forEach(operation -> ids.add(operation.path("operationId").asText()));
        return ids;
    }

    private Set<String> parameterNames(String operationId) {
        return new TreeSet<>(OpenApiRules.parameters(document, OpenApiRules.operation(document, operationId))
                .keySet());
    }

    private JsonNode parameter(String operationId, String name) {
        return OpenApiRules.parameters(document, OpenApiRules.operation(document, operationId))
                .get(name);
    }

    private static Set<String> names(Set<String> shared, String... own) {
        Set<String> names = new TreeSet<>(shared);
        names.addAll(List.of(own));
        return names;
    }

    private static List<String> values(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }
}
