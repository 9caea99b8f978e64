package dev.tidings.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.e2e.OtlpReceiver.ReceivedSpan;
import dev.tidings.infra.LocalStack;
import dev.tidings.infra.ProjectPaths;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The three packaged services on the local stack, observed as an operator would. One article, one
 * trace: they export their spans over OTLP to a receiver in this test, and ingest's request,
 * enrichment's consume and send, and query-service's consume and write all carry the same trace id,
 * passed along in the Kafka records' headers. And every metric the Grafana dashboard charts is one
 * that the services really publish.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityEndToEndTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> SERVICES = List.of("ingest-service", "enrichment-service", "query-service");

    private static OtlpReceiver receiver;
    private static LocalStack stack;
    /** The article of the first test and its trace, for the log test. */
    private static String articleId;

    private static String articleTraceId;

    @BeforeAll
    static void startStackWithTracing() throws Exception {
        receiver = OtlpReceiver.start();
        Map<String, String> tracing = Map.of(
                "QUARKUS_OTEL_SDK_DISABLED", "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                // Export within a fraction of a second rather than the default 5 s.
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms",
                // JSON log lines, as the prod overlay has them, with the per-article debug lines.
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true",
                "QUARKUS_LOG_CATEGORY__DEV_TIDINGS__LEVEL", "DEBUG");
        stack = LocalStack.start(
                LocalStack.Options.freePorts(Files.createTempDirectory("tidings-e2e-trace")),
                SERVICES.stream().collect(Collectors.toMap(service -> service, service -> tracing)));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    @Order(1)
    void oneArticleIsOneTraceFromIngestThroughEnrichmentToQuery() throws Exception {
        ObjectNode article = JSON.createObjectNode()
                .put("url", "https://tracing.example.test/harbour/ferry-timetable")
                .put("title", "Harbour ferry keeps its winter timetable")
                .put(
                        "body",
                        "The harbour ferry between Northquay and the island will keep its winter timetable"
                                + " until April, the port authority said on Tuesday.\n"
                                + "Crews had asked for more crossings on weekday mornings, but the authority"
                                + " said the second boat would stay in the yard for repairs until spring.")
                .put("source", "Tracing Test Gazette")
                .put("language", "en");
        HttpResponse<String> accepted = HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/v1/articles"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + stack.ingestApiKey())
                        .POST(HttpRequest.BodyPublishers.ofString(article.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = JSON.readTree(accepted.body()).path("id").asText();
        awaitStored(id);

        // The trace of the POST: the one with ingest's server span for it.
        String traceId = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> receiver.spans().stream()
                                .filter(span -> span.service().equals("ingest-service")
                                        && span.name().startsWith("POST"))
                                .map(ReceivedSpan::traceId)
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        // Every service's spans of that trace, once the last of them (query-service's write) is exported;
        // if it never is, the assertions below say what is missing.
        try {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions()
                    .until(() -> spanNamesByService(traceId).get("query-service").stream()
                            .anyMatch(name -> name.startsWith("INSERT")));
        } catch (ConditionTimeoutException e) {
            // Reported by the assertions below, with the spans that did arrive.
        }
        Map<String, List<String>> namesByService = spanNamesByService(traceId);
        assertEquals(Set.copyOf(SERVICES), namesByService.keySet(), () -> "services in the trace: " + namesByService);

        articleId = id;
        articleTraceId = traceId;
        System.out.println("trace " + traceId + " of article " + id + ":");
        namesByService.forEach((service, names) -> System.out.println("  " + service + ": " + names));
        System.out.println("exporters posted to: " + Set.copyOf(receiver.paths()));

        assertTrue(
                namesByService.get("ingest-service").stream().anyMatch(name -> name.contains("articles.ingested")),
                () -> "ingest's send to articles.ingested is in the trace: " + namesByService);
        assertTrue(
                namesByService.get("enrichment-service").stream().anyMatch(name -> name.contains("articles.ingested")),
                () -> "enrichment's consume is in the trace: " + namesByService);
        assertTrue(
                namesByService.get("enrichment-service").stream().anyMatch(name -> name.contains("articles.enriched")),
                () -> "enrichment's send is in the trace: " + namesByService);
        assertTrue(
                namesByService.get("query-service").stream().anyMatch(name -> name.contains("articles.enriched")),
                () -> "query-service's consume is in the trace: " + namesByService);
        assertTrue(
                namesByService.get("query-service").stream().anyMatch(name -> name.startsWith("INSERT")),
                () -> "query-service's database write is in the trace: " + namesByService);
        // Nothing of this article's journey started a trace of its own.
        Set<String> otherTraces = receiver.spans().stream()
                .filter(span -> !span.traceId().equals(traceId))
                .filter(span -> span.name().contains("articles."))
                .map(span -> span.service() + " " + span.name() + " " + span.traceId())
                .collect(Collectors.toSet());
        assertEquals(Set.of(), otherTraces, "messaging spans outside the article's trace");
    }

    /** Runs after an article went through, so that every stage's meters have values. */
    @Test
    @Order(2)
    void everyMetricTheDashboardChartsIsPublished() throws Exception {
        JsonNode dashboard = JSON.readTree(ProjectPaths.root()
                .resolve("deploy/k8s/observability/grafana-dashboard.json")
                .toFile());
        Set<String> charted = new TreeSet<>();
        Pattern metric = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher matcher = metric.matcher(target.path("expr").asText());
                while (matcher.find()) {
                    charted.add(matcher.group(1));
                }
            }
        }
        assertTrue(charted.size() >= 5, charted::toString);

        Set<String> published = new TreeSet<>();
        for (String url : List.of(stack.ingestUrl(), stack.enrichmentUrl(), stack.queryUrl())) {
            HttpResponse<String> metrics = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, metrics.statusCode(), url);
            for (String line : metrics.body().split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    published.add(line.split("[{ ]", 2)[0]);
                }
            }
        }
        List<String> missing = new ArrayList<>(charted);
        missing.removeAll(published);
        System.out.println("dashboard charts " + charted);
        assertEquals(List.of(), missing, "charted by the dashboard but published by no service");
    }

    /** Runs after the first test, whose article's log lines it looks for. */
    @Test
    @Order(3)
    void jsonLogLinesAboutTheArticleCarryItsIdAndTraceId() throws Exception {
        assertTrue(articleId != null, "the first test ran");
        for (String service : SERVICES) {
            List<JsonNode> aboutArticle = new ArrayList<>();
            for (String line : Files.readAllLines(stack.logs().resolve(service + ".log"))) {
                if (!line.startsWith("{")) {
                    continue;
                }
                JsonNode record = JSON.readTree(line);
                if (articleId.equals(record.path("mdc").path("articleId").asText())) {
                    aboutArticle.add(record);
                }
            }
            System.out.println(service + ": " + aboutArticle.size() + " JSON log lines with articleId " + articleId);
            aboutArticle.forEach(
                    record -> System.out.println("  " + record.path("level").asText() + " "
                            + record.path("message").asText() + " " + record.path("mdc")));
            assertTrue(!aboutArticle.isEmpty(), service + " logged nothing with the article's id in the MDC");
            assertTrue(
                    aboutArticle.stream()
                            .anyMatch(record -> articleTraceId.equals(
                                    record.path("mdc").path("traceId").asText())),
                    service + "'s lines about the article carry its trace id");
        }
    }

    private static Map<String, List<String>> spanNamesByService(String traceId) {
        return receiver.spans().stream()
                .filter(span -> span.traceId().equals(traceId))
                .collect(Collectors.groupingBy(
                        ReceivedSpan::service,
                        TreeMap::new,
                        Collectors.mapping(ReceivedSpan::name, Collectors.toList())));
    }

    private static void awaitStored(String id) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(stack.queryUrl() + "/v1/articles/" + id))
                .build();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        HTTP.send(get, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }
}
