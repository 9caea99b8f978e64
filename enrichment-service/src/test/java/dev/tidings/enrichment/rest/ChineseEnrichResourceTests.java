package dev.tidings.enrichment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.tidings.enrichment.MultilingualFixtures;
import dev.tidings.infra.LocalInfraTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/enrich} on a Chinese article; needs the Chinese models ({@code -Pchinese}). */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
@Tag("chinese")
class ChineseEnrichResourceTests {

    @Test
    void aChineseArticleGetsItsEntitiesWithExactUtf16Offsets() {
        String body = MultilingualFixtures.CHINESE_BODY;
        int xi = body.indexOf("习近平");
        int huawei = body.indexOf("华为公司");

        given().contentType(ContentType.JSON)
                .body(Map.of("title", MultilingualFixtures.CHINESE_TITLE, "body", body))
                .when()
                .post("/v1/enrich")
                .then()
                .statusCode(200)
                .body("language.code", equalTo("zh"))
                .body("entities.find { it.id == 'person:习近平' }.mentions[0].start", equalTo(xi))
                .body("entities.find { it.id == 'person:习近平' }.mentions[0].end", equalTo(xi + 3))
                .body("entities.find { it.id == 'organization:华为公司' }.mentions[0].start", equalTo(huawei))
                .body("entities.find { it.id == 'organization:华为公司' }.mentions[0].end", equalTo(huawei + 4))
                .body("countries.code", hasItem("KP"))
                .body("coverage.entities", equalTo(true))
                .body("coverage.countries", equalTo(true));
    }
}
