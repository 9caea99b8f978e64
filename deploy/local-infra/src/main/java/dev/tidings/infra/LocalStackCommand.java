package dev.tidings.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * {@code deploy/local/run.sh}: starts the local stack, pushes the sample articles (or a corpus),
 * prints what came out, and runs until Ctrl-C or SIGTERM, when it stops every process it started.
 */
public final class LocalStackCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrintStream OUT = System.out;

    private LocalStackCommand() {}

    public static void main(String[] args) throws Exception {
        QuietLibraryLogs.apply();
        Path root = ProjectPaths.root();
        Path work = root.resolve("deploy/local/.run");
        Path articles = null;
        boolean samples = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Path.of(requireValue(args, ++i, "--articles"));
                case "--work" -> work = Path.of(requireValue(args, ++i, "--work"));
                case "--no-samples" -> samples = false;
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("unknown option: " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
        }
        if (articles != null && !Files.isReadable(articles)) {
            System.err.println("cannot read " + articles);
            System.exit(2);
        }
        LocalStack.Options options = LocalStack.Options.localDefaults(work);
        refuseBusyPorts(options);

        OUT.println("Starting PostgreSQL, Kafka and the three services; logs in " + work.resolve("logs"));
        long started = System.nanoTime();
        LocalStack stack = LocalStack.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OUT.println("\nStopping the local stack...");
            stack.close();
            OUT.println("Stopped every process the stack started.");
        }));
        OUT.printf("Stack ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        printPids(stack);
        printApiKey(stack);

        if (samples) {
            pushSamples(stack, root.resolve("deploy/local/samples/articles.jsonl"));
        }
        if (articles != null) {
            pushCorpus(stack, articles);
        }
        printEndpoints(stack);
        OUT.println("Running. Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
    }

    private static String requireValue(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    private static void usage() {
        OUT.println("usage: deploy/local/run.sh [--articles FILE.jsonl] [--no-samples] [--work DIR]");
    }

    private static void refuseBusyPorts(LocalStack.Options o) {
        Map<String, Integer> ports = new TreeMap<>(Map.of(
                "ingest-service", o.ingestPort(),
                "enrichment-service", o.enrichmentPort(),
                "query-service", o.queryPort(),
                "kafka", o.kafkaPort(),
                "kafka controller", o.kafkaControllerPort(),
                "postgresql", o.postgresPort()));
        ports.forEach((name, port) -> {
            if (Ports.isOpen(port)) {
                System.err.println("port " + port + " (for " + name + ") is already in use; is another stack running?");
                System.exit(1);
            }
        });
    }

    private static void printPids(LocalStack stack) {
        OUT.println("Processes: "
                + stack.pids().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "))
                + ", postgresql on port " + stack.postgres().port());
    }

    private static void printApiKey(LocalStack stack) {
        boolean chosen = System.getenv(LocalStack.API_KEY_VARIABLE) != null
                && !System.getenv(LocalStack.API_KEY_VARIABLE).isBlank();
        OUT.println("Ingest API key: " + stack.ingestApiKey()
                + (chosen
                        ? " (from " + LocalStack.API_KEY_VARIABLE + ")"
                        : " (random for this run; set " + LocalStack.API_KEY_VARIABLE + " to choose one)"));
        OUT.println("  send it as:    -H 'Authorization: Bearer " + stack.ingestApiKey() + "'");
    }

    private static void pushSamples(LocalStack stack, Path file) throws IOException {
        List<ObjectNode> samples = ArticlePusher.readJsonl(file);
        OUT.println("\nPushing " + samples.size() + " sample articles from " + file);
        List<ArticlePusher.Outcome> outcomes =
                new ArticlePusher(stack.ingestUrl(), 4, stack.ingestApiKey()).push(samples, null);
        HttpClient http = HttpClient.newHttpClient();
        for (ArticlePusher.Outcome outcome : outcomes) {
            if (outcome.status() != 202) {
                OUT.println("  line " + outcome.line() + ": HTTP " + outcome.status() + " " + outcome.problem());
                continue;
            }
            JsonNode article = awaitStored(http, stack.queryUrl() + "/v1/articles/" + outcome.id());
            if (article == null) {
                OUT.println("  " + outcome.id() + ": not queryable within 60 s; see the logs");
                continue;
            }
            OUT.println("\n  " + article.path("title").asText());
            OUT.println("  id       " + outcome.id());
            OUT.println("  language " + article.path("language").path("code").asText() + " ("
                    + article.path("language").path("confidence").asText() + ")");
            OUT.println("  entities " + entityList(article));
            OUT.println("  open     " + stack.queryUrl() + "/v1/articles/" + outcome.id());
        }
    }

    private static String entityList(JsonNode article) {
        StringBuilder text = new StringBuilder();
        for (JsonNode entity : article.path("entities")) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(entity.path("name").asText())
                    .append(" [")
                    .append(entity.path("type").asText())
                    .append(']');
        }
        return text.isEmpty() ? "(none)" : text.toString();
    }

    private static JsonNode awaitStored(HttpClient http, String url) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpRequest get = HttpRequest.newBuilder(URI.create(url)).build();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return JSON.readTree(response.body());
                }
            } catch (IOException e) {
                // The query service may be busy; try again until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            Ports.pause(Duration.ofMillis(200));
        }
        return null;
    }

    private static void pushCorpus(LocalStack stack, Path file) throws IOException {
        List<ObjectNode> articles = ArticlePusher.readJsonl(file);
        OUT.println("\nPushing " + articles.size() + " articles from " + file);
        long started = System.nanoTime();
        List<ArticlePusher.Outcome> outcomes =
                new ArticlePusher(stack.ingestUrl(), 4, stack.ingestApiKey()).push(articles, OUT);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<Integer, Long> byStatus = outcomes.stream()
                .collect(Collectors.groupingBy(ArticlePusher.Outcome::status, TreeMap::new, Collectors.counting()));
        long accepted = byStatus.getOrDefault(202, 0L);
        OUT.printf(
                "Pushed %d articles in %.1f s: %d accepted, %d refused; by HTTP status %s%n",
                outcomes.size(), seconds, accepted, outcomes.size() - accepted, byStatus);
        outcomes.stream()
                .filter(o -> o.status() != 202)
                .limit(5)
                .forEach(o -> OUT.println("  line " + o.line() + ": HTTP " + o.status() + " " + o.problem()));
    }

    private static void printEndpoints(LocalStack stack) {
        OUT.println("\nEndpoints");
        OUT.println(
                "  ingest      POST " + stack.ingestUrl() + "/v1/articles  (Authorization: Bearer <the key above>)");
        OUT.println("  enrichment  POST " + stack.enrichmentUrl() + "/v1/enrich");
        OUT.println("  query       GET  " + stack.queryUrl() + "/v1/articles");
        OUT.println("  Swagger UI  " + stack.ingestUrl() + "/q/swagger-ui, " + stack.enrichmentUrl() + "/q/swagger-ui, "
                + stack.queryUrl() + "/q/swagger-ui");
        OUT.println("  Kafka       " + stack.kafkaBootstrapServers());
        OUT.println("  PostgreSQL  " + stack.postgres().jdbcUrl() + " (user " + PostgresServer.USER + ")");
        OUT.println("  logs        " + stack.logs());
    }
}
