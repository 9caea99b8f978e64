package dev.tidings.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Pushes articles from a JSONL file to ingest's {@code POST /v1/articles}, a bounded number at a
 * time, with a progress bar and a final count. Like any producer, it waits and retries when ingest
 * says it is busy (429) or cannot reach Kafka (503), or cannot be reached. Lines in another corpus's shape are mapped: a
 * missing {@code url} becomes one under {@code https://corpus.invalid/}, so every line still gets
 * a stable id.
 */
public final class ArticlePusher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ATTEMPTS = 10;
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

    /** A pusher that sends no credentials: ingest refuses it with 401 unless it was built without keys. */
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

    /** Posts every article and waits for every answer; prints progress to {@code progress}. */
    public List<Outcome> push(List<ObjectNode> articles, PrintStream progress) {
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            int line = i + 1;
            inFlight.acquireUninterruptibly();
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/articles"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(articles.get(i).toString()));
            if (apiKey != null) {
                builder.header("Authorization", IngestApiKeys.bearer(apiKey));
            }
            HttpRequest request = builder.build();
            futures.add(sendWithRetries(request, 1)
                    .handle((response, failure) -> {
                        Outcome outcome = outcome(line, response, failure);
                        outcomes.put(line, outcome);
                        if (outcome.status() == 202) {
                            accepted.incrementAndGet();
                        }
                        return outcome;
                    })
                    .thenAccept(outcome -> {
                        inFlight.release();
                        int n = done.incrementAndGet();
                        if (progress != null && (n % 25 == 0 || n == articles.size())) {
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

    private static Outcome outcome(int line, HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            return new Outcome(line, 0, null, failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() == 202) {
                return new Outcome(line, 202, body.path("id").asText(), null);
            }
            return new Outcome(line, response.statusCode(), null, body.toString());
        } catch (IOException e) {
            return new Outcome(line, response.statusCode(), null, response.body());
        }
    }

    static String progressBar(int done, int total, int accepted) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        return "\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " sent, "
                + accepted + " accepted";
    }
}
