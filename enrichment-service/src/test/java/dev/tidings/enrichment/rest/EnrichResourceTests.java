package dev.tidings.enrichment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.enrichment.page.PageFixtures;
import dev.tidings.infra.LocalInfraTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class EnrichResourceTests {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void returnsTheArticleWithItsLanguageAndEntities() {
        int vienna = ArticleFixtures.NEWS_PAGE.indexOf("Vienna");

        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url", "https://news.example.com/europe/danube-low",
                        "title", ArticleFixtures.TITLE,
                        "body", ArticleFixtures.NEWS_PAGE))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                // uuid.uuid5(uuid.NAMESPACE_URL, url) in Python
                .body("id", equalTo("82b983d1-762f-5500-906e-cac8fdffe6a4"))
                .body("version", equalTo(0))
                .body("enrichmentVersion", equalTo(2))
                .body("language.code", equalTo("en"))
                .body("entities.id", hasItem("person:maria-kovacs"))
                .body("entities.find { it.id == 'wikipedia:Vienna' }.type", equalTo("LOCATION"))
                .body("entities.find { it.id == 'wikipedia:Vienna' }.mentions[0].start", equalTo(vienna))
                .body("entities.find { it.id == 'wikipedia:Vienna' }.mentions[0].end", equalTo(vienna + 6))
                // The embedding travels with the event, so that stories and replays need not compute it.
                .body("embedding.model", equalTo("all-MiniLM-L6-v2-int8"))
                .body("embedding.int8.length()", equalTo(512));
    }

    @Test
    void theUsTheUnitedStatesAndAmericaGetOneIdWithTheirLink() {
        // Three stories written for this test, each naming the country its own way.
        List<String> ids = new ArrayList<>();
        for (String body : List.of(
                "Tariffs on steel from the U.S. rose again on Monday, the trade ministry in Ottawa said.",
                "Exports to the United States fell by a tenth in March, the statistics office said on Friday.",
                "Farmers in Brazil sold more soybeans to China than to America for the first time this year.")) {
            ids.add(given().contentType(ContentType.JSON)
                    .body(Map.of("title", "Trade figures", "body", body))
                    .when()
                    .post("/v1/enrich")
                    .then()
                    .statusCode(200)
                    .body("entities.find { it.id == 'wikipedia:United_States' }.type", equalTo("LOCATION"))
                    .body("entities.find { it.id == 'wikipedia:United_States' }.countryCode", equalTo("US"))
                    .body("entities.find { it.id == 'wikipedia:United_States' }.link.kb", equalTo("wikipedia"))
                    .body("entities.find { it.id == 'wikipedia:United_States' }.link.title", equalTo("United States"))
                    .body("countries.code", hasItem("US"))
                    .extract()
                    .path("entities.find { it.type == 'LOCATION' && it.countryCode == 'US' }.id"));
        }
        assertEquals(List.of("wikipedia:United_States", "wikipedia:United_States", "wikipedia:United_States"), ids);
    }

    @Test
    void washingtonTheGovernmentAndWashingtonTheStateAreDifferentEntities() {
        String capital = linkOfWashington(
                "Sanctions",
                "Washington imposed sanctions on two shipping firms on Monday, the State Department said.");
        String state = linkOfWashington(
                "Wildfires",
                "Firefighters battled Washington state's wildfires for a fifth day on Sunday as winds rose.");

        assertEquals("Washington,_D.C.", capital);
        assertNotEquals(capital, state);
    }

    private static String linkOfWashington(String title, String body) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .extract()
                .path("entities.find { it.name == 'Washington' }.link.id");
    }

    @Test
    void aGermanArticleGetsItsEntitiesCountriesAndCoverage() {
        String body = dev.tidings.enrichment.MultilingualFixtures.VIENNA_BODY;
        int huber = body.indexOf("Maria Huber");
        int linien = body.indexOf("Wiener Linien");

        given().contentType(ContentType.JSON)
                .body(Map.of("title", dev.tidings.enrichment.MultilingualFixtures.VIENNA_TITLE, "body", body))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .body("language.code", equalTo("de"))
                .body("entities.find { it.id == 'wikipedia:Vienna' }.countryCode", equalTo("AT"))
                .body("entities.find { it.id == 'wikipedia:Vienna' }.mentions[0].start", equalTo(body.indexOf("Wien")))
                .body("entities.find { it.id == 'person:maria-huber' }.type", equalTo("PERSON"))
                .body("entities.find { it.id == 'person:maria-huber' }.mentions[0].start", equalTo(huber))
                .body("entities.find { it.id == 'person:maria-huber' }.mentions[0].end", equalTo(huber + 11))
                .body("entities.find { it.id == 'organization:wiener-linien' }.mentions[0].start", equalTo(linien))
                .body("entities.find { it.id == 'organization:wiener-linien' }.mentions[0].end", equalTo(linien + 13))
                .body("countries.code", hasItem("AT"))
                .body("quotes[0].text", equalTo("Wir wollen, dass die Luft in den Bezirken sauberer wird"))
                .body("quotes[0].start", equalTo(body.indexOf("Wir wollen")))
                .body("quotes[0].speaker.entityId", equalTo("person:maria-huber"))
                .body("coverage.entities", equalTo(true))
                .body("coverage.countries", equalTo(true))
                .body("coverage.quotes", equalTo(true))
                .body("coverage.topics", equalTo(false))
                .body("coverage.tone", equalTo(false))
                .body("embedding", equalTo(null));
    }

    @Test
    void frenchAndSpanishArticlesGetTheirEntitiesWithExactOffsets() {
        String french = dev.tidings.enrichment.MultilingualFixtures.FRENCH_BODY;
        int scholz = french.indexOf("Olaf Scholz");
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Macron reçoit Scholz", "body", french))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .body("language.code", equalTo("fr"))
                .body("entities.find { it.id == 'person:olaf-scholz' }.mentions[0].start", equalTo(scholz))
                .body("entities.find { it.id == 'person:olaf-scholz' }.mentions[0].end", equalTo(scholz + 11))
                .body(
                        "entities.find { it.id == 'person:emmanuel-macron' }.mentions.text",
                        containsInAnyOrder("Emmanuel Macron", "M. Macron"))
                // "allemand": a French demonym; North Korea, named once in passing, is dropped.
                .body("countries.code", hasItem("DE"))
                .body("coverage.entities", equalTo(true))
                .body("quotes[0].text", equalTo("Nous devons agir ensemble"))
                .body("quotes[0].speaker.entityId", equalTo("person:emmanuel-macron"))
                .body("coverage.quotes", equalTo(true));

        String spanish = dev.tidings.enrichment.MultilingualFixtures.SPANISH_BODY;
        int sanchez = spanish.indexOf("Pedro Sánchez");
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Sánchez viaja a Buenos Aires", "body", spanish))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .body("language.code", equalTo("es"))
                .body("entities.find { it.id == 'person:pedro-sanchez' }.mentions[0].start", equalTo(sanchez))
                .body("entities.find { it.id == 'person:pedro-sanchez' }.mentions[0].end", equalTo(sanchez + 13))
                .body("entities.find { it.id == 'wikipedia:Buenos_Aires' }.countryCode", equalTo("AR"))
                .body("countries.code", hasItem("AR"))
                .body("coverage.countries", equalTo(true))
                .body("quotes[0].text", equalTo("Queremos más comercio con Argentina"))
                .body("quotes[0].speaker.entityId", equalTo("person:pedro-sanchez"))
                .body("coverage.quotes", equalTo(true));
    }

    @Test
    void aWholeHtmlPageComesBackAsItsArticleWithThePagesMetadata() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url", PageFixtures.URL, "body", PageFixtures.page("ferry-strike.html"), "contentType", "html"))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .body("title", equalTo("Ferry crews in Keelung vote to strike over night shifts"))
                .body("body", equalTo(String.join("\n", PageFixtures.FERRY_STORY)))
                .body("authors", contains("Lin Mei-hua", "Tomas Berg"))
                .body("publishedAt", equalTo("2026-03-13T23:30:00Z"))
                .body("source", equalTo("The Harbour Ledger"))
                .body("canonicalUrl", equalTo("https://harbour-ledger.example/2026/03/14/ferry-crews-vote-to-strike"))
                .body("imageUrl", equalTo("https://cdn.harbour-ledger.example/images/2026/ferry-pier.jpg"))
                .body("description", startsWith("Crews on the Keelung to Matsu route"))
                .body("language.code", equalTo("en"))
                .body("entities.name", hasItem("Chen Wei-ting"));
    }

    @Test
    void theProducersTitleWinsOverThePagesAndATextBodyStillNeedsOne() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "title", "Keelung ferry strike vote",
                        "authors", java.util.List.of("Desk Editor"),
                        "body", PageFixtures.page("ferry-strike.html")))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .body("title", equalTo("Keelung ferry strike vote"))
                .body("authors", contains("Desk Editor"))
                .body("imageUrl", equalTo("https://cdn.harbour-ledger.example/images/2026/ferry-pier.jpg"));
        given().contentType(ContentType.JSON)
                .body(Map.of("body", "Ferry crews in Keelung voted to strike on Thursday."))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("title"));
    }

    @Test
    void aHeadlineAndOneSentenceGetTheirTopicAndASecondLevelTopicNamesItsParent() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Harbour clerk jailed for stealing port fees",
                        "body",
                        "A court in Valdora sentenced the clerk to three years in prison on Tuesday after"
                                + " a jury found him guilty of taking 80,000 euros in fees from shipping firms."))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .body("topics[0].code", equalTo("medtop:02000000"))
                .body("topics[0].label", equalTo("crime, law and justice"))
                .body("topics[0]", not(org.hamcrest.Matchers.hasKey("parent")))
                .body("topics.find { it.code == 'medtop:20000106' }.parent", equalTo("medtop:02000000"));
    }

    @Test
    void missingTitleAndBodyAreNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://news.example.com/x", "title", " "))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("type", equalTo("https://tidings.dev/problems/invalid-article"))
                .body("errors.field", containsInAnyOrder("title", "body"));
    }

    @Test
    void malformedJsonWrongTypesAndWrongContentTypeAreProblems() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"A\", \"body\": ")
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://tidings.dev/problems/malformed-request"));
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"A\", \"body\": \"B\", \"publishedAt\": \"yesterday\"}")
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("publishedAt"))
                .body(not(containsString("java.")));
        given().contentType(ContentType.TEXT)
                .body("A title\nA body")
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(415));
        given().when().get("/v1/enrich").then().statusCode(405).contentType(PROBLEM_JSON);
        given().when()
                .get("/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://tidings.dev/problems/not-found"));
    }

    @Test
    void isReadyWithItsModelsLoadedAndCountsItsWork() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("enrichment-models"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Short", "body", "Too short."))
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .body("language.code", equalTo("und"));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("tidings_enrichment_duration_seconds_count"))
                .body(containsString("tidings_enrichment_articles_handled_total"))
                .body(containsString("tidings_enrichment_articles_failed_total"));
    }

    @Test
    void aMalformedHostIsAProblemToo() throws Exception {
        // Vert.x refuses these before any resource runs; the answer must still be problem+json.
        for (String host : new String[] {"a b", "[::1"}) {
            String request = "POST /v1/enrich HTTP/1.1\r\nHost: " + host
                    + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
            String response;
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), response);
            assertTrue(response.contains("\"status\":400"), response);
        }
    }
}
