package dev.tidings.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes articles from a JSONL file to ingest's {@code POST /v1/articles/batch}, in batches, a
 * bounded number at a time, with a progress bar and a final count. Like any producer, it waits and retries when ingest
 * says it is busy (429) or cannot reach Kafka (503), or cannot be reached. Lines in another corpus's shape are mapped: a
 * missing {@code url} becomes one under {@code https://corpus.invalid/}, so every line still gets
 * a stable id.
 */
public final class ArticlePusher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ATTEMPTS = 10;
    /** Articles per batch: a news corpus's 200 articles are about 1 MB of JSON. */
    private static final int BATCH_SIZE = 200;

    private static final java.util.Set<Integer> RETRYABLE = java.util.Set.of(429, 503);
    private static final List<String> FIELDS =
            List.of("url", "title", "body", "source", "publishedAt", "language", "authors", "section", "contentType");

    /** What happened to one line: its ingest status and, when accepted, the article id. */
    public record Outcome(int line, int status, String id, String problem) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final int concurrency;
    private final String apiKey;

    /**
     * A pusher that sends no credentials: ingest refuses it with 401 unless it was built without keys.
     *
     * @param concurrency batches in flight
     */
    public ArticlePusher(String ingestUrl, int concurrency) {
        this(ingestUrl, concurrency, null);
    }

    /** @param apiKey the producer key, sent as {@code Authorization: Bearer <key>}; see {@link LocalStack#ingestApiKey()} */
    public ArticlePusher(String ingestUrl, int concurrency, String apiKey) {
        this.ingestUrl = ingestUrl;
        this.concurrency = concurrency;
        this.apiKey = apiKey;
    }

    /** Reads the articles of a JSONL file, one JSON object a line; blank lines are skipped. */
    public static List<ObjectNode> readJsonl(Path file) throws IOException {
        List<ObjectNode> articles = new ArrayList<>();
        String corpus = file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                articles.add(toArticle(JSON.readTree(line), corpus, number));
            }
        }
        return articles;
    }

    private static ObjectNode toArticle(JsonNode line, String corpus, int number) {
        ObjectNode article = JSON.createObjectNode();
        for (String field : FIELDS) {
            if (line.hasNonNull(field)) {
                article.set(field, line.get(field));
            }
        }
        if (!article.hasNonNull("url")) {
            String id = line.hasNonNull("id") ? line.get("id").asText() : Integer.toString(number);
            article.put("url", "https://corpus.invalid/" + corpus + "/" + id);
        }
        return article;
    }

    /**
     * Posts every article, {@value #BATCH_SIZE} at a time to {@code POST /v1/articles/batch}, with
     * {@code concurrency} batches in flight, and waits for every answer; prints progress to {@code
     * progress}. An article that Kafka did not take (503 in the batch's answer) is sent again.
     */
    public List<Outcome> push(List<ObjectNode> articles, PrintStream progress) {
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += BATCH_SIZE) {
            List<Integer> lines = new ArrayList<>();
            for (int i = from; i < Math.min(articles.size(), from + BATCH_SIZE); i++) {
                lines.add(i + 1);
            }
            inFlight.acquireUninterruptibly();
            futures.add(pushBatch(articles, lines, 1).thenAccept(batch -> {
                inFlight.release();
                batch.forEach(outcome -> {
                    outcomes.put(outcome.line(), outcome);
                    if (outcome.status() == 202) {
                        accepted.incrementAndGet();
                    }
                });
                int n = done.addAndGet(batch.size());
                if (progress != null) {
                    progress.print(progressBar(n, articles.size(), accepted.get()));
                }
            }));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        if (progress != null) {
            progress.println();
        }
        return outcomes.values().stream()
                .sorted(java.util.Comparator.comparingInt(Outcome::line))
                .toList();
    }

    /** Sends the articles of {@code lines} (1-based) as one batch, and those Kafka did not take again. */
    private CompletableFuture<List<Outcome>> pushBatch(List<ObjectNode> articles, List<Integer> lines, int attempt) {
        ObjectNode batch = JSON.createObjectNode();
        ArrayNode items = batch.putArray("articles");
        lines.forEach(line -> items.add(articles.get(line - 1)));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/articles/batch"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch.toString()));
        if (apiKey != null) {
            builder.header("Authorization", IngestApiKeys.bearer(apiKey));
        }
        return sendWithRetries(builder.build(), 1)
                .handle((response, failure) -> outcomes(lines, response, failure))
                .thenCompose(outcomes -> {
                    List<Integer> again = outcomes.stream()
                            .filter(outcome -> outcome.status() == 503)
                            .map(Outcome::line)
                            .toList();
                    if (again.isEmpty() || attempt >= MAX_ATTEMPTS) {
                        return CompletableFuture.completedFuture(outcomes);
                    }
                    Executor later = CompletableFuture.delayedExecutor(attempt, java.util.concurrent.TimeUnit.SECONDS);
                    return CompletableFuture.supplyAsync(() -> null, later)
                            .thenCompose(ignored -> pushBatch(articles, again, attempt + 1))
                            .thenApply(retried -> {
                                Map<Integer, Outcome> merged = new java.util.TreeMap<>();
                                outcomes.forEach(outcome -> merged.put(outcome.line(), outcome));
                                retried.forEach(outcome -> merged.put(outcome.line(), outcome));
                                return List.copyOf(merged.values());
                            });
                });
    }

    /**
     * Sends, and on 429, 503 or a connection failure waits (Retry-After when ingest gives one) and
     * sends again, as a producer should; gives up after {@link #MAX_ATTEMPTS}.
     */
    private CompletableFuture<HttpResponse<String>> sendWithRetries(HttpRequest request, int attempt) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    boolean retryable = failure != null || RETRYABLE.contains(response.statusCode());
                    if (!retryable || attempt >= MAX_ATTEMPTS) {
                        return failure == null
                                ? CompletableFuture.completedFuture(response)
                                : CompletableFuture.<HttpResponse<String>>failedFuture(failure);
                    }
                    long seconds = response == null
                            ? attempt
                            : response.headers()
                                    .firstValue("Retry-After")
                                    .flatMap(ArticlePusher::seconds)
                                    .orElse((long) attempt);
                    Executor later = CompletableFuture.delayedExecutor(
                            Math.min(seconds, 10), java.util.concurrent.TimeUnit.SECONDS);
                    return CompletableFuture.supplyAsync(() -> null, later)
                            .thenCompose(ignored -> sendWithRetries(request, attempt + 1));
                })
                .thenCompose(next -> next);
    }

    private static java.util.Optional<Long> seconds(String retryAfter) {
        try {
            return java.util.Optional.of(Math.max(1, Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** One outcome per line: from the batch's results, or the whole answer's status for every line. */
    private static List<Outcome> outcomes(List<Integer> lines, HttpResponse<String> response, Throwable failure) {
        List<Outcome> outcomes = new ArrayList<>(lines.size());
        if (failure != null) {
            String problem = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            lines.forEach(line -> outcomes.add(new Outcome(line, 0, null, problem)));
            return outcomes;
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            lines.forEach(line -> outcomes.add(new Outcome(line, response.statusCode(), null, response.body())));
            return outcomes;
        }
        if (response.statusCode() != 200) {
            lines.forEach(line -> outcomes.add(new Outcome(line, response.statusCode(), null, body.toString())));
            return outcomes;
        }
        for (JsonNode result : body.path("results")) {
            int line = lines.get(result.path("index").asInt());
            int status = result.path("status").asInt();
            outcomes.add(
                    status == 202
                            ? new Outcome(line, 202, result.path("id").asText(), null)
                            : new Outcome(line, status, null, result.toString()));
        }
        return outcomes;
    }

    static String progressBar(int done, int total, int accepted) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        return "\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " sent, "
                + accepted + " accepted";
    }
}
