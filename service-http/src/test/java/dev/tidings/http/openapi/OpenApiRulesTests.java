package dev.tidings.http.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiRulesTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDocumentThatKeepsEveryRulePasses() throws Exception {
        assertEquals(List.of(), OpenApiRules.violations(document(GOOD)));
    }

    @Test
    void eachBrokenRuleIsNamed() throws Exception {
        String broken = GOOD.replace("\"url\": \"https://www.gnu.org/licenses/gpl-3.0.html\"", "\"x\": 1")
                .replace("\"url\": \"/\"", "\"url\": \"http://localhost:8083\"")
                .replace("\"operationId\": \"listThings\",", "")
                .replace("\"security\": [],", "")
                .replace("\"schema\": {\"type\": \"integer\"}", "\"description\": \"untyped\"")
                .replace("{\"schema\": {\"type\": \"integer\", \"minimum\": 1}}", "{}");
        assertEquals(
                List.of(
                        "info.license has no url",
                        "server url 'http://localhost:8083' is a placeholder",
                        "GET /v1/things has no operationId",
                        "GET /v1/things does not say what security it needs",
                        "GET /v1/things parameter limit has no schema",
                        "GET /v1/things response 503 header Retry-After has no schema"),
                OpenApiRules.violations(document(broken)));
    }

    @Test
    void referencedParametersAreResolved() throws Exception {
        JsonNode document = document(GOOD);
        assertEquals(
                List.of("q", "limit"),
                List.copyOf(OpenApiRules.parameters(document, OpenApiRules.operation(document, "listThings"))
                        .keySet()));
    }

    private static JsonNode document(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static final String GOOD = """
            {
              "openapi": "3.1.0",
              "info": {"title": "t", "version": "1",
                       "license": {"name": "GPL-3.0-or-later", "url": "https://www.gnu.org/licenses/gpl-3.0.html"}},
              "servers": [{"url": "/"}],
              "tags": [{"name": "Things", "description": "All of them"}],
              "components": {"parameters": {"q": {"name": "q", "in": "query", "schema": {"type": "string"}}}},
              "paths": {
                "/v1/things": {
                  "get": {
                    "operationId": "listThings",
                    "security": [],
                    "parameters": [
                      {"$ref": "#/components/parameters/q"},
                      {"name": "limit", "in": "query", "schema": {"type": "integer"}}
                    ],
                    "responses": {"503": {"description": "busy",
                      "headers": {"Retry-After": {"schema": {"type": "integer", "minimum": 1}}}}}
                  }
                }
              }
            }
            """;
}
