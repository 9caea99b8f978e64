package dev.tidings.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.infra.LocalInfraTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator relies on: probes, metrics and the API description. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ServiceEndpointsTests {

    @Test
    void readinessIsUpWithTheBrokerRunning() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountArticles() {
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("tidings_ingest_articles_accepted_total"))
                .body(containsString("tidings_ingest_articles_rejected_total{reason=\"invalid\"}"))
                .body(containsString("tidings_ingest_articles_failed_total"));
    }

    @Test
    void refusalsAnsweredByTheRestLayerAreCountedByReason() {
        double invalid = rejected("invalid");
        double malformed = rejected("malformed");

        TestProducer.given()
                .contentType("application/json")
                .body("{\"url\": \"not a url\", \"title\": \"T\", \"body\": \"B\"}")
                .post("/v1/articles")
                .then()
                .statusCode(400);
        TestProducer.given()
                .contentType("application/json")
                .body("{\"url\": ")
                .post("/v1/articles")
                .then()
                .statusCode(400);

        assertEquals(invalid + 1, rejected("invalid"));
        assertEquals(malformed + 1, rejected("malformed"));
    }

    @Test
    void openApiDocumentsTheSubmissionAndItsAnswers() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/v1/articles'.post.responses", hasKey("202"))
                .body("paths.'/v1/articles'.post.responses", hasKey("400"))
                .body("paths.'/v1/articles'.post.responses", hasKey("413"))
                .body("paths.'/v1/articles'.post.responses", hasKey("415"))
                .body("paths.'/v1/articles'.post.responses", hasKey("503"))
                .body(
                        "components.schemas.ArticleSubmission.required",
                        org.hamcrest.Matchers.hasItems("url", "title", "body"));
    }

    private static double rejected(String reason) {
        String sample = "tidings_ingest_articles_rejected_total{reason=\"" + reason + "\"}";
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : text.split("\n")) {
            if (line.startsWith(sample + " ")) {
                return Double.parseDouble(line.substring(sample.length() + 1).split(" ")[0]);
            }
        }
        throw new AssertionError(sample + " is not in /q/metrics");
    }
}
