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
                // OpenMetrics (what /q/metrics serves without an Accept header) may follow the value
                // with an exemplar: `name_total 2.0 # {trace_id="...",span_id="..."} 1.0 1764100000.123`.
                int exemplar = line.indexOf(" # ");
                String sampleOnly = exemplar < 0 ? line : line.substring(0, exemplar);
                return Double.parseDouble(sampleOnly.substring(sampleOnly.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
