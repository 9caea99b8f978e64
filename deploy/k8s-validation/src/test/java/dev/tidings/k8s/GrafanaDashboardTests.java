package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Grafana dashboard parses and charts every stage's counters, the latencies and the consumer lag. */
class GrafanaDashboardTests {

    private static final List<String> METRICS = List.of(
            "tidings_ingest_articles_accepted_total",
            "tidings_ingest_articles_failed_total",
            "tidings_enrichment_articles_handled_total",
            "tidings_enrichment_articles_failed_total",
            "tidings_query_articles_stored_total",
            "tidings_query_articles_failed_total",
            "http_server_requests_seconds_bucket",
            "tidings_enrichment_duration_seconds_bucket",
            "tidings_query_store_duration_seconds_bucket",
            "tidings_pipeline_latency_seconds_bucket",
            "kafka_consumer_fetch_manager_records_lag_max");

    @Test
    void dashboardChartsEveryStageLatencyAndLag() throws IOException {
        Path file = RenderedManifests.k8sDir().resolve("observability/grafana-dashboard.json");
        JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
        assertEquals("tidings-pipeline", dashboard.path("uid").asText());

        List<String> expressions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            if (panel.path("targets").isEmpty()) {
                problems.add("panel " + panel.path("title") + " has no query");
            }
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                expressions.add(expr);
                if (!target.path("datasource").path("uid").asText().equals("${datasource}")) {
                    problems.add("panel " + panel.path("title") + " does not use the datasource variable");
                }
                if (!expr.contains("namespace=\"$namespace\"")) {
                    problems.add("panel " + panel.path("title") + " ignores the namespace variable: " + expr);
                }
            }
        }
        for (String metric : METRICS) {
            if (expressions.stream().noneMatch(e -> e.contains(metric))) {
                problems.add("no panel charts " + metric);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOverlayShipsTheDashboardToGrafanasSidecar() {
        for (String overlay : RenderedManifests.OVERLAYS) {
            RenderedObject configMap = RenderedOverlay.of(overlay).get("ConfigMap", "tidings-grafana-dashboard");
            assertEquals("1", configMap.at("/metadata/labels/grafana_dashboard").asText());
            assertTrue(configMap.at("/data/tidings.json").asText().contains("\"uid\": \"tidings-pipeline\""));
        }
    }
}
