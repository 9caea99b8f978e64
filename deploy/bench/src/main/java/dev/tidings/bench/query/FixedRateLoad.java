package dev.tidings.bench.query;

import dev.tidings.bench.LatencySummary;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * GETs one URL at a fixed rate, open loop (as wrk2 does): each request is due at its slot whatever
 * happened to the earlier ones, and its latency counts from that slot, so a server that falls
 * behind shows as growing latency rather than as a generator that quietly slows down.
 */
public final class FixedRateLoad {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /**
     * @param ok 200 answers; only these count in the latency
     * @param timedOut requests with no answer within 10 s
     */
    public record Figures(
            String path,
            int rate,
            int seconds,
            int sent,
            int ok,
            int timedOut,
            Map<Integer, Integer> byStatus,
            LatencySummary latency) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;

    public FixedRateLoad(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One GET, waited for: its status code and body. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(REQUEST_TIMEOUT)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * {@code count} GETs one after the other, so the JIT and the caches have seen the query; at most
     * 30 s of them, so that a query taking seconds (a large archive) does not hold the run for hours.
     */
    public void warmUp(String path, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            get(path);
        }
    }

    public Figures run(String path, int rate, int seconds) throws InterruptedException {
        URI uri = URI.create(baseUrl + path);
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        AtomicInteger timedOut = new AtomicInteger();
        List<CompletableFuture<?>> answers = new ArrayList<>(total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request =
                    HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        if (failure != null) {
                            if (failure.getCause() instanceof HttpTimeoutException
                                    || failure instanceof HttpTimeoutException) {
                                timedOut.incrementAndGet();
                            } else {
                                byStatus.merge(0, 1, Integer::sum);
                            }
                            return;
                        }
                        byStatus.merge(response.statusCode(), 1, Integer::sum);
                        if (response.statusCode() == 200) {
                            latencies.add(System.nanoTime() - due);
                        }
                    }));
        }
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .handle((ok, failure) -> null)
                    .get(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            // Counted below: whatever has not answered by now is a timeout.
        }
        int answered = byStatus.values().stream().mapToInt(Integer::intValue).sum() + timedOut.get();
        return new Figures(
                path,
                rate,
                seconds,
                total,
                byStatus.getOrDefault(200, 0),
                timedOut.get() + (total - answered),
                new TreeMap<>(byStatus),
                LatencySummary.ofNanos(
                        latencies.stream().mapToLong(Long::longValue).toArray()));
    }
}
