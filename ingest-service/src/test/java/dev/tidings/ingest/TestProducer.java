package dev.tidings.ingest;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The producer the tests play: its key is public on purpose ({@code %test.tidings.ingest.api-keys}
 * holds its SHA-256), and every request to the API carries it.
 */
public final class TestProducer {
    public static final String KEY = "test-producer-key-not-a-secret";

    private TestProducer() {}

    /** RestAssured's {@code given()}, with {@code Authorization: Bearer <KEY>}. */
    public static RequestSpecification given() {
        return RestAssured.given().header("Authorization", "Bearer " + KEY);
    }
}
