package dev.tidings.enrichment.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.http.openapi.OpenApiRules;
import dev.tidings.infra.LocalInfraTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The served API description keeps the rules client generators and the linter need. Runs on every
 * machine; the openapi-lint profile adds redocly's own lint where node is installed.
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ApiDocumentTests {

    @Test
    void keepsTheRulesGeneratorsAndTheLinterNeed() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertEquals(List.of(), OpenApiRules.violations(document));
        assertEquals(
                "[]",
                OpenApiRules.operation(document, "enrichArticle")
                        .path("security")
                        .toString());
    }
}
