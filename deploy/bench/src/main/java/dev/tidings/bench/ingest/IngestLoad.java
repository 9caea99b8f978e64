package dev.tidings.bench.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.bench.LatencySummary;
import dev.tidings.bench.Progress;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Posts articles to ingest's {@code POST /v1/articles}, either as fast as a fixed number of
 * requests in flight allows (closed loop) or at a fixed rate whatever the answers do (open loop), or
 * in batches to {@code POST /v1/articles/batch}.
 * Like a real producer it waits and retries on 429 and 503 (Retry-After, at most 10 s) and on a
 * failed connection; the retries are counted and their waits are part of the latency.
 */
public final class IngestLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> RETRYABLE = Set.of(429, 503);
    private static final int MAX_ATTEMPTS = 10;

    /**
     * @param seconds from the first request sent to the last answer received
     * @param latency of the accepted articles, from the first send (or, paced, the scheduled send)
     *     to the 202
     */
    public record Result(
            int sent,
            int accepted,
            Map<Integer, Integer> byStatus,
            int retries,
            Instant firstSend,
            double seconds,
            double acceptedPerSecond,
            LatencySummary latency,
            List<UUID> ids,
            List<String> problems) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI articlesUri;
    private final URI batchUri;
    private final String apiKey;

    public IngestLoad(String ingestUrl, String apiKey) {
        this.articlesUri = URI.create(ingestUrl + "/v1/articles");
        this.batchUri = URI.create(ingestUrl + "/v1/articles/batch");
        this.apiKey = apiKey;
    }

    /** Sends every article with at most {@code inFlight} requests unanswered. */
    public Result closedLoop(List<ObjectNode> articles, int inFlight, Progress progress, String label) {
        return run(articles, inFlight, 0, progress, label);
    }

    /**
     * Sends one article every {@code 1/perSecond} s; each is sent at its slot even when earlier ones
     * are unanswered (up to 1,024 in flight), and its latency counts from that slot.
     */
    public Result paced(List<ObjectNode> articles, double perSecond, Progress progress, String label) {
        return run(articles, 1024, perSecond, progress, label);
    }

    private Result run(List<ObjectNode> articles, int inFlight, double perSecond, Progress progress, String label) {
        List<byte[]> bodies = articles.stream()
                .map(a -> a.toString().getBytes(StandardCharsets.UTF_8))
                .toList();
        Semaphore slots = new Semaphore(inFlight);
        Tally tally = new Tally();
        List<CompletableFuture<Void>> answers = new ArrayList<>(bodies.size());
        long interval = perSecond > 0 ? (long) (1e9 / perSecond) : 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        Instant firstSend = null;
        long firstSendNanos = 0;
        for (int i = 0; i < bodies.size(); i++) {
            long due;
            if (interval > 0) {
                due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                slots.acquireUninterruptibly();
            } else {
                slots.acquireUninterruptibly();
                due = System.nanoTime();
            }
            if (firstSend == null) {
                firstSend = Instant.now();
                firstSendNanos = System.nanoTime();
            }
            long scheduled = due;
            answers.add(send(request(bodies.get(i)), 1, tally).handle((response, failure) -> {
                tally.record(response, failure, System.nanoTime() - scheduled);
                slots.release();
                progress.bar(label, tally.done.get(), bodies.size(), tally.accepted.get() + " accepted");
                return null;
            }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        progress.endBar();
        double seconds = (tally.lastAnswer.get() - firstSendNanos) / 1e9;
        return tally.result(bodies.size(), firstSend, seconds);
    }

    /**
     * Sends every article in batches of {@code batchSize} to {@code POST /v1/articles/batch}, with
     * at most {@code inFlight} batches unanswered. Each article counts on its own: accepted when its
     * result in the batch's answer is 202, with the batch's latency.
     */
    public Result batched(List<ObjectNode> articles, int batchSize, int inFlight, Progress progress, String label) {
        List<byte[]> bodies = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += batchSize) {
            List<ObjectNode> batch = articles.subList(from, Math.min(articles.size(), from + batchSize));
            ObjectNode body = JSON.createObjectNode();
            body.putArray("articles").addAll(batch);
            bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
            sizes.add(batch.size());
        }
        Semaphore slots = new Semaphore(inFlight);
        Tally tally = new Tally();
        List<CompletableFuture<Void>> answers = new ArrayList<>(bodies.size());
        Instant firstSend = Instant.now();
        long firstSendNanos = System.nanoTime();
        for (int i = 0; i < bodies.size(); i++) {
            slots.acquireUninterruptibly();
            long sent = System.nanoTime();
            int size = sizes.get(i);
            answers.add(send(request(batchUri, bodies.get(i)), 1, tally).handle((response, failure) -> {
                tally.recordBatch(response, failure, size, System.nanoTime() - sent);
                slots.release();
                progress.bar(label, tally.done.get(), articles.size(), tally.accepted.get() + " accepted");
                return null;
            }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        progress.endBar();
        double seconds = (tally.lastAnswer.get() - firstSendNanos) / 1e9;
        return tally.result(articles.size(), firstSend, seconds);
    }

    private HttpRequest request(byte[] body) {
        return request(articlesUri, body);
    }

    private HttpRequest request(URI uri, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder.build();
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request, int attempt, Tally tally) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    boolean retry = failure != null || RETRYABLE.contains(response.statusCode());
                    if (!retry || attempt >= MAX_ATTEMPTS) {
                        return failure == null
                                ? CompletableFuture.completedFuture(response)
                                : CompletableFuture.<HttpResponse<String>>failedFuture(failure);
                    }
                    tally.retries.incrementAndGet();
                    long seconds = Optional.ofNullable(response)
                            .flatMap(r -> r.headers().firstValue("Retry-After"))
                            .map(IngestLoad::seconds)
                            .orElse(1L);
                    return CompletableFuture.supplyAsync(
                                    () -> null,
                                    CompletableFuture.delayedExecutor(Math.min(seconds, 10), TimeUnit.SECONDS))
                            .thenCompose(ignored -> send(request, attempt + 1, tally));
                })
                .thenCompose(next -> next);
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(1, Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** What came back, gathered from the HTTP client's threads. */
    private static final class Tally {
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();
        final AtomicLong lastAnswer = new AtomicLong();
        final Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<UUID> ids = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

        void record(HttpResponse<String> response, Throwable failure, long latencyNanos) {
            lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
            if (failure != null) {
                byStatus.merge(0, 1, Integer::sum);
                problems.add(failure.getClass().getSimpleName() + ": " + failure.getMessage());
            } else {
                byStatus.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 202) {
                    accepted.incrementAndGet();
                    latencies.add(latencyNanos);
                    ids.add(id(response.body()));
                } else {
                    problems.add("HTTP " + response.statusCode() + " " + response.body());
                }
            }
            done.incrementAndGet();
        }

        /** A batch's answer: one outcome per article, counted by each article's own status. */
        void recordBatch(HttpResponse<String> response, Throwable failure, int size, long latencyNanos) {
            lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
            if (failure != null || response.statusCode() != 200) {
                int status = failure != null ? 0 : response.statusCode();
                byStatus.merge(status, size, Integer::sum);
                problems.add(
                        failure != null
                                ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                                : "HTTP " + status + " " + response.body());
                done.addAndGet(size);
                return;
            }
            try {
                for (JsonNode result : JSON.readTree(response.body()).path("results")) {
                    int status = result.path("status").asInt();
                    byStatus.merge(status, 1, Integer::sum);
                    if (status == 202) {
                        accepted.incrementAndGet();
                        latencies.add(latencyNanos);
                        ids.add(UUID.fromString(result.path("id").asText()));
                    } else {
                        problems.add("article " + result.path("index").asInt() + ": HTTP " + status + " "
                                + result.path("detail").asText());
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("ingest's batch answer is not the results: " + response.body(), e);
            }
            done.addAndGet(size);
        }

        Result result(int sent, Instant firstSend, double seconds) {
            return new Result(
                    sent,
                    accepted.get(),
                    new TreeMap<>(byStatus),
                    retries.get(),
                    firstSend,
                    seconds,
                    seconds > 0 ? accepted.get() / seconds : 0,
                    LatencySummary.ofNanos(
                            latencies.stream().mapToLong(Long::longValue).toArray()),
                    List.copyOf(ids),
                    problems.stream().limit(5).toList());
        }

        private static UUID id(String body) {
            try {
                JsonNode answer = JSON.readTree(body);
                return UUID.fromString(answer.path("id").asText());
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("ingest answered 202 without an id: " + body, e);
            }
        }
    }
}
