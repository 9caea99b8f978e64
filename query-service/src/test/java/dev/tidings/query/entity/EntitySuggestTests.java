package dev.tidings.query.entity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.SearchCorpus;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Autocomplete over the corpus's entities, by name and by alias. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class EntitySuggestTests {
    @Inject
    ArticleStore store;

    @Inject
    Pool pool;

    @BeforeEach
    void corpus() {
        SearchCorpus.load(store, pool);
    }

    @Test
    void acronymFindsItsEntityAndNamesStartingAlikeMostMentionedFirst() {
        given().queryParam("prefix", "mac")
                .get("/v1/entities")
                .then()
                .statusCode(200)
                .body("id", contains("organization:mainland-affairs-council", "location:macau"))
                .body("[0].type", equalTo("ORGANIZATION"))
                .body("[0].name", equalTo("Mainland Affairs Council"))
                .body("[0].aliases", contains("MAC"))
                .body("[0].articleCount", equalTo(count(i -> i % 5 == 0)))
                .body("[1].articleCount", equalTo(count(i -> i % 8 == 0)));
    }

    @Test
    void nativeScriptAliasFindsThePerson() {
        given().queryParam("prefix", "邱")
                .get("/v1/entities")
                .then()
                .statusCode(200)
                .body("id", contains("person:chiu-chui-cheng"))
                .body("[0].name", equalTo("Chiu Chui-cheng"))
                .body("[0].aliases", hasItems("邱垂正", "Chiu"))
                .body("[0].articleCount", equalTo(count(i -> i % 3 == 0)));
    }

    @Test
    void typeAndLimitNarrowTheList() {
        given().queryParam("prefix", "MA")
                .queryParam("type", "location")
                .get("/v1/entities")
                .then()
                .statusCode(200)
                .body("id", contains("location:macau"));
        given().queryParam("prefix", "ma")
                .queryParam("limit", "1")
                .get("/v1/entities")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo("person:mara-vellin"));
    }

    @ParameterizedTest
    @CsvSource({
        "type=person,prefix",
        "prefix=,prefix",
        "prefix=ma&type=animal,type",
        "prefix=ma&limit=51,limit",
        "prefix=ma&q=x,q"
    })
    void invalidRequestIsBadRequestNamingTheParameter(String query, String field) {
        given().get("/v1/entities?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(field));
    }

    private static int count(java.util.function.IntPredicate test) {
        return (int) SearchCorpus.articles().stream()
                .filter(a -> !a.duplicate() && test.test(a.index()))
                .count();
    }
}
