package dev.tidings.ingest;

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
 * The served API description keeps the rules client generators and the linter need, and says that
 * submitting takes a producer key as a bearer token. Runs on every machine; the openapi-lint profile
 * adds redocly's own lint where node is installed.
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ApiDocumentTests {

    @Test
    void keepsTheRulesGeneratorsAndTheLinterNeed() throws Exception {
        assertEquals(List.of(), OpenApiRules.violations(document()));
    }

    @Test
    void submittingNeedsTheProducerKeyAsABearerToken() throws Exception {
        JsonNode document = document();
        for (String operation : List.of("submitArticle", "submitArticleBatch")) {
            assertNeedsTheProducerKey(document, OpenApiRules.operation(document, operation));
        }
    }

    private static void assertNeedsTheProducerKey(JsonNode document, JsonNode submit) {
        assertEquals("[{\"producerKey\":[]}]", submit.path("security").toString());
        JsonNode scheme = document.path("components").path("securitySchemes").path("producerKey");
        assertEquals("http", scheme.path("type").asText());
        assertEquals("bearer", scheme.path("scheme").asText());
        for (String status : List.of("401", "403", "429")) {
            assertEquals(
                    "#/components/schemas/Problem",
                    submit.path("responses")
                            .path(status)
                            .path("content")
                            .path("application/problem+json")
                            .path("schema")
                            .path("$ref")
                            .asText(),
                    status);
        }
    }

    private static JsonNode document() throws Exception {
        return new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }
}
