package dev.tidings.bench.query;

import dev.tidings.bench.LatencySummary;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * GETs one URL at a fixed rate, open loop (as wrk2 does): each request is due at its slot whatever
 * happened to the earlier ones, and its latency counts from that slot, so a server that falls
 * behind shows as growing latency rather than as a generator that quietly slows down.
 */
public final class FixedRateLoad {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int CONNECTIONS = 32;
    /** In a request's status: no answer within the timeout. */
    private static final int TIMED_OUT = -1;
    /** In a request's status and in {@link Figures#byStatus}: no answer (refused, reset, not HTTP). */
    private static final int FAILED = 0;

    /**
     * @param ok 200 answers; only these count in the latency
     * @param timedOut requests with no answer within 10 s
     * @param byStatus answers by status code; 0 for requests that failed without one
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
     * GETs {@code path} {@code rate} times a second for {@code seconds}, open loop: request i is due
     * at its slot, and its latency counts from that slot. {@value #CONNECTIONS} kept-alive
     * connections take the slots in turn, each driven by its own thread (as wrk2 does); a connection
     * still busy when its next slot comes sends late, and that lateness is counted.
     */
    public Figures run(String path, int rate, int seconds) throws InterruptedException {
        URI base = URI.create(baseUrl);
        if (!"http".equals(base.getScheme())) {
            throw new IllegalArgumentException("the load generator speaks plain HTTP only: " + baseUrl);
        }
        String target = (base.getRawPath() == null ? "" : base.getRawPath()) + path;
        int port = base.getPort() > 0 ? base.getPort() : 80;
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long[] latencies = new long[total];
        int[] statuses = new int[total];
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        int connections = Math.min(CONNECTIONS, total);
        List<Thread> drivers = new ArrayList<>(connections);
        for (int c = 0; c < connections; c++) {
            int first = c;
            Thread driver = new Thread(
                    () -> {
                        try (KeepAliveConnection connection =
                                new KeepAliveConnection(base.getHost(), port, (int) REQUEST_TIMEOUT.toMillis())) {
                            for (int i = first; i < total; i += connections) {
                                long due = start + i * interval;
                                long wait = due - System.nanoTime();
                                if (wait > 0) {
                                    LockSupport.parkNanos(wait);
                                }
                                try {
                                    statuses[i] = connection.get(target);
                                    latencies[i] = System.nanoTime() - due;
                                } catch (SocketTimeoutException e) {
                                    statuses[i] = TIMED_OUT;
                                } catch (IOException | RuntimeException e) {
                                    statuses[i] = FAILED;
                                }
                            }
                        }
                    },
                    "load-" + c);
            driver.setDaemon(true);
            driver.start();
            drivers.add(driver);
        }
        for (Thread driver : drivers) {
            driver.join();
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        int timedOut = 0;
        long[] ok = new long[total];
        int okCount = 0;
        for (int i = 0; i < total; i++) {
            if (statuses[i] == TIMED_OUT) {
                timedOut++;
                continue;
            }
            byStatus.merge(statuses[i], 1, Integer::sum);
            if (statuses[i] == 200) {
                ok[okCount++] = latencies[i];
            }
        }
        return new Figures(
                path,
                rate,
                seconds,
                total,
                okCount,
                timedOut,
                byStatus,
                LatencySummary.ofNanos(Arrays.copyOf(ok, okCount)));
    }
}
