package dev.tidings.infra.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.infra.LocalStack;
import dev.tidings.infra.Ports;
import dev.tidings.infra.ProjectPaths;
import dev.tidings.infra.QuietLibraryLogs;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * {@code deploy/local/hostile-drill.sh}: sends well over a thousand bad requests to every endpoint of
 * the three services (the endpoints come from each service's OpenAPI document, so new ones are
 * covered without changing the drill), then produces poison records straight onto both topics.
 *
 * <p>It passes when no request got a 5xx, every error is {@code application/problem+json} naming the
 * problem (type, title, status) without internals, every service is still ready, every poison
 * record is on its dead-letter topic with the reason, source topic, partition and offset, and the
 * valid records produced behind them were stored. Long articles, sent every way a producer may send
 * them, must be accepted and stored whole ({@link LongArticlePosts}).
 */
public final class HostileDrill {
    private static final PrintStream OUT = System.out;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a stack trace or an internal class name looks like in a response body. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?s).*(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\.java:\\d+|\\b(java|javax|jakarta|io\\.quarkus|io\\.vertx|io\\.smallrye"
                    + "|org\\.hibernate|org\\.jboss|com\\.fasterxml|org\\.postgresql|dev\\.tidings)\\.[a-z]+\\.|"
                    + "Exception\\b|SQLSTATE|stack ?trace).*");

    private final LocalStack stack;

    private HostileDrill(LocalStack stack) {
        this.stack = stack;
    }

    public static void main(String[] args) throws Exception {
        // Its own lines only: the stack's start-up messages too.
        QuietLibraryLogs.apply("dev.tidings.infra");
        Path work = ProjectPaths.root().resolve("deploy/local/.drills/hostile");
        if (args.length == 2 && args[0].equals("--work")) {
            work = Path.of(args[1]);
        } else if (args.length > 0) {
            System.err.println("usage: deploy/local/hostile-drill.sh [--work DIR]");
            System.exit(2);
        }
        long start = System.nanoTime();
        OUT.println("Hostile drill; work dir " + work);
        int exit;
        // Ingest's rate limit would answer most of the drill with 429: raise it so that every request
        // reaches the code under test. (429 itself is covered by ingest's own tests.)
        Map<String, Map<String, String>> environment = Map.of(
                "ingest-service",
                Map.of("TIDINGS_INGEST_RATE_LIMIT_PER_SECOND", "100000", "TIDINGS_INGEST_RATE_LIMIT_BURST", "100000"));
        try (LocalStack stack = LocalStack.start(LocalStack.Options.freePorts(work), environment)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            OUT.printf("Stack ready in %.0f s; logs in %s%n", (System.nanoTime() - start) / 1e9, stack.logs());
            exit = new HostileDrill(stack).run() ? 0 : 1;
        }
        OUT.printf("Hostile drill took %.1f min in all%n", (System.nanoTime() - start) / 60e9);
        System.exit(exit);
    }

    private boolean run() throws Exception {
        List<HostileRequests.Request> requests = requests();
        OUT.println("Sending " + requests.size() + " bad requests...");
        Map<String, Integer> ports = Map.of(
                "ingest", port(stack.ingestUrl()),
                "enrichment", port(stack.enrichmentUrl()),
                "query", port(stack.queryUrl()));
        List<Outcome> outcomes = send(requests, ports);
        outcomes.addAll(upgradeRequests());
        LongArticlePosts longArticles = new LongArticlePosts(stack);
        outcomes.addAll(longArticles.send());

        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Map<Integer, Integer>> byService = new TreeMap<>();
        List<Outcome> serverErrors = new ArrayList<>();
        List<Outcome> unnamed = new ArrayList<>();
        List<Outcome> leaks = new ArrayList<>();
        List<Outcome> noAnswer = new ArrayList<>();
        List<Outcome> codecRefusals = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            int status = outcome.response().status();
            byStatus.merge(status, 1, Integer::sum);
            byService
                    .computeIfAbsent(outcome.request().service(), s -> new TreeMap<>())
                    .merge(status, 1, Integer::sum);
            if (status == 0) {
                noAnswer.add(outcome);
            } else if (status >= 500) {
                serverErrors.add(outcome);
            }
            if (isRefusedBeforeTheApplication(outcome.request(), outcome.response())) {
                codecRefusals.add(outcome);
            } else if (status >= 400 && !namesTheProblem(outcome.response())) {
                unnamed.add(outcome);
            }
            if (status >= 400 && INTERNALS.matcher(outcome.response().body()).matches()) {
                leaks.add(outcome);
            }
        }
        Map<String, Integer> unhealthy = new TreeMap<>();
        ports.forEach((service, port) -> {
            int status =
                    RawHttp.send(port, "GET", "/q/health/ready", Map.of(), null).status();
            if (status != 200) {
                unhealthy.put(service, status);
            }
        });

        OUT.println();
        OUT.println("== Hostile drill: HTTP ==");
        OUT.println("requests               " + outcomes.size());
        OUT.println("by status              " + byStatus);
        byService.forEach((service, statuses) -> OUT.printf("  %-20s %s%n", service, statuses));
        OUT.println("status >= 500          " + serverErrors.size());
        OUT.println("errors not problem+json naming the problem: " + unnamed.size());
        OUT.println("errors showing internals (stack trace, class names): " + leaks.size());
        OUT.println("no answer (connection closed)                     : " + noAnswer.size());
        OUT.println("refused by the HTTP server before any application code (empty 414/431 from Vert.x's codec,"
                + " empty 400 from Quarkus's URI check in VertxHttpRecorder, which runs before any route): "
                + codecRefusals.size());
        OUT.println("services not ready afterwards: " + (unhealthy.isEmpty() ? "none" : unhealthy));
        examples("5xx", serverErrors);
        examples("not problem+json", unnamed);
        examples("internals", leaks);
        examples("no answer", noAnswer);
        examples("refused before the application", codecRefusals);

        List<String> longArticleFailures = longArticles.checkStoredWhole(OUT);
        PoisonRecords.Result poison = new PoisonRecords(stack).run(OUT);
        boolean passed = serverErrors.isEmpty()
                && longArticleFailures.isEmpty()
                && noAnswer.isEmpty()
                && unnamed.isEmpty()
                && leaks.isEmpty()
                && unhealthy.isEmpty()
                && outcomes.size() >= 1_000
                && poison.passed();
        OUT.println(passed ? "PASSED" : "FAILED");
        return passed;
    }

    record Outcome(HostileRequests.Request request, RawHttp.Response response) {}

    private List<HostileRequests.Request> requests() {
        HostileRequests hostile = new HostileRequests(stack.ingestApiKey());
        List<HostileRequests.Request> requests = new ArrayList<>();
        Map<String, String> urls =
                Map.of("ingest", stack.ingestUrl(), "enrichment", stack.enrichmentUrl(), "query", stack.queryUrl());
        Map<String, Integer> ingestLimits =
                Map.of("url", 2_048, "title", 1_000, "body", 1_000_000, "source", 200, "section", 200, "language", 35);
        for (Map.Entry<String, String> service : new TreeMap<>(urls).entrySet()) {
            JsonNode paths = openApi(service.getValue()).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                JsonNode operations = path.getValue();
                if (operations.has("post")) {
                    boolean ingest = service.getKey().equals("ingest");
                    ObjectNode valid = DrillArticles.submission(424_242, 0);
                    if (!ingest) {
                        valid.remove("section");
                    }
                    requests.addAll(hostile.jsonPost(service.getKey(), path.getKey(), valid, ingestLimits, ingest));
                    if (ingest) {
                        requests.addAll(hostile.credentials(service.getKey(), path.getKey(), valid));
                    }
                }
                if (operations.has("get")) {
                    JsonNode get = operations.get("get");
                    if (path.getKey().contains("{")) {
                        requests.addAll(hostile.badIds(service.getKey(), path.getKey()));
                    } else {
                        requests.addAll(hostile.get(
                                service.getKey(),
                                path.getKey(),
                                HostileRequests.parameters(get, "query"),
                                HostileRequests.parameters(get, "header")));
                    }
                }
            }
            for (String unknown : List.of("/", "/nope", "/v1", "/v1/", "/admin", "/q/nope", "/.env", "/v1/articles/")) {
                requests.add(new HostileRequests.Request(
                        service.getKey(), "GET " + unknown, "GET", unknown, Map.of(), null));
            }
        }
        return requests;
    }

    private static JsonNode openApi(String baseUrl) {
        RawHttp.Response response = RawHttp.send(
                port(baseUrl), "GET", "/q/openapi?format=json", Map.of("Accept", "application/json"), null);
        if (response.status() != 200) {
            throw new IllegalStateException(baseUrl + "/q/openapi answered " + response.status());
        }
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable OpenAPI document from " + baseUrl, e);
        }
    }

    private static List<Outcome> send(List<HostileRequests.Request> requests, Map<String, Integer> ports)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (HostileRequests.Request request : requests) {
                futures.add(pool.submit(() -> new Outcome(
                        request,
                        RawHttp.send(
                                ports.get(request.service()),
                                request.method(),
                                request.pathAndQuery(),
                                request.headers(),
                                request.body()))));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The JDK's HTTP client asks a plain-HTTP server for an upgrade to HTTP/2 (h2c) on its first
     * request; a server that accepts must still handle the request. A few posts, good and bad, that way.
     */
    private List<Outcome> upgradeRequests() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, String> posts = new TreeMap<>(Map.of(
                "ingest", stack.ingestUrl() + "/v1/articles", "enrichment", stack.enrichmentUrl() + "/v1/enrich"));
        String valid = DrillArticles.submission(434_343, 0).toString();
        for (Map.Entry<String, String> post : posts.entrySet()) {
            for (String body : List.of(valid, "{\"title\":", "[]")) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(post.getValue()))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + stack.ingestApiKey())
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                RawHttp.Response response;
                try {
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    Map<String, String> headers = new TreeMap<>();
                    answer.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
                    response = new RawHttp.Response(answer.statusCode(), headers, answer.body(), null);
                } catch (java.io.IOException e) {
                    response = new RawHttp.Response(0, Map.of(), "", e.toString());
                }
                outcomes.add(new Outcome(
                        new HostileRequests.Request(
                                post.getKey(),
                                "HTTP/2 upgrade, body " + HostileRequests.abbreviate(body),
                                "POST",
                                URI.create(post.getValue()).getPath(),
                                Map.of(),
                                body.getBytes()),
                        response));
            }
        }
        return outcomes;
    }

    /**
     * Requests the HTTP server refuses before any application code runs, with an empty answer that
     * nothing of the application can shape (Quarkus's root handler in VertxHttpRecorder checks the URI
     * before the router, as quarkusio/quarkus#37789 describes), and that shows nothing either:
     * Vert.x's codec answers a request line or headers over its limits with 414 or 431, and Quarkus's
     * root handler answers a target that is not a valid {@code java.net.URI} (a malformed
     * percent-escape, say) with 400.
     */
    private static boolean isRefusedBeforeTheApplication(HostileRequests.Request request, RawHttp.Response response) {
        if (!response.body().isEmpty() || !response.contentType().isEmpty()) {
            return false;
        }
        return response.status() == 414
                || response.status() == 431
                || response.status() == 400 && !isValidUri(request.pathAndQuery());
    }

    private static boolean isValidUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** An RFC 9457 body: problem+json, with a type, a title and the response's status. */
    private static boolean namesTheProblem(RawHttp.Response response) {
        if (!response.contentType().equals("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            return problem.path("type").isTextual()
                    && !problem.path("title").asText().isBlank()
                    && problem.path("status").asInt() == response.status();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void examples(String what, List<Outcome> outcomes) {
        outcomes.stream()
                .limit(8)
                .forEach(o -> OUT.printf(
                        "  %s: %s %s %s -> %d %s %s%n",
                        what,
                        o.request().service(),
                        o.request().method(),
                        HostileRequests.abbreviate(o.request().pathAndQuery()),
                        o.response().status(),
                        o.response().contentType(),
                        HostileRequests.abbreviate(
                                        o.response().body() + " " + o.request().label())
                                + (o.response().failure() == null
                                        ? ""
                                        : " (" + o.response().failure() + ")")));
    }

    static int port(String baseUrl) {
        return URI.create(baseUrl).getPort();
    }

    static void pause(Duration duration) {
        Ports.pause(duration);
    }
}
