package dev.tidings.query;

import static io.restassured.RestAssured.given;

/** Reads a counter from the Prometheus endpoint, as a scraper would. */
public final class Metrics {
    private Metrics() {}

    /** The value of an unlabelled sample, 0 when it is not there yet. */
    public static double value(String sample) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : text.split("\n")) {
            if (line.startsWith(sample + " ") || line.startsWith(sample + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
