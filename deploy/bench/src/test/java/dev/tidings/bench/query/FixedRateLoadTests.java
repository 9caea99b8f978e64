package dev.tidings.bench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a small HTTP server: every request counted once, by what came back. */
class FixedRateLoadTests {
    private static final byte[] BODY = "{\"items\":[]}".repeat(500).getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private ExecutorService handlers;
    private final ScheduledExecutorService later = Executors.newScheduledThreadPool(4);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext("/length", exchange -> answer(exchange, 200, BODY.length));
        server.createContext("/chunked", exchange -> answer(exchange, 200, 0));
        server.createContext("/missing", exchange -> answer(exchange, 404, BODY.length));
        server.createContext("/closing", exchange -> {
            exchange.getResponseHeaders().set("Connection", "close");
            answer(exchange, 200, BODY.length);
        });
        // A slow answer, sent 400 ms later from another thread, as a server busy elsewhere sends it.
        server.createContext(
                "/slow",
                exchange -> later.schedule(
                        () -> {
                            answer(exchange, 200, BODY.length);
                            return null;
                        },
                        400,
                        TimeUnit.MILLISECONDS));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
        later.shutdownNow();
    }

    /** @param length the body's length, or 0 to send it in chunks */
    private static void answer(HttpExchange exchange, int status, long length) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(BODY);
        }
    }

    private FixedRateLoad load() {
        return new FixedRateLoad("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void answersWithALengthOrInChunksAreAllReadAndCounted() throws InterruptedException {
        for (String path : new String[] {"/length", "/chunked", "/closing"}) {
            FixedRateLoad.Figures figures = load().run(path, 100, 1);
            assertEquals(100, figures.sent(), path);
            assertEquals(100, figures.ok(), path);
            assertEquals(Map.of(200, 100), figures.byStatus(), path);
            assertEquals(100, figures.latency().count(), path);
            assertEquals(0, figures.timedOut(), path);
        }
    }

    @Test
    void answersOtherThan200AreCountedByStatusAndLeftOutOfTheLatency() throws InterruptedException {
        FixedRateLoad.Figures figures = load().run("/missing?q=x", 50, 1);
        assertEquals(0, figures.ok());
        assertEquals(Map.of(404, 50), figures.byStatus());
        assertEquals(0, figures.latency().count());
    }

    @Test
    void requestsNobodyAnswersAreCountedAsFailedWithoutStatus() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FixedRateLoad.Figures figures = new FixedRateLoad("http://127.0.0.1:" + closedPort).run("/length", 50, 1);
        assertEquals(0, figures.ok());
        assertEquals(Map.of(0, 50), figures.byStatus());
    }

    /**
     * Each connection has a slot every 320 ms (100/s over 32 connections) and each answer takes 400
     * ms, so a connection falls further behind its slots with each request: latency counted from the
     * slot grows past the 400 ms of any one answer, as an open-loop load must show it.
     */
    @Test
    void aConnectionThatFallsBehindCountsItsLatenessInTheLatency() throws InterruptedException {
        FixedRateLoad.Figures figures = load().run("/slow", 100, 1);
        assertEquals(100, figures.ok());
        assertTrue(figures.latency().p50Ms() >= 400, "every answer takes 400 ms: " + figures.latency());
        assertTrue(
                figures.latency().maxMs() >= 550,
                "the last slots of a connection wait for its earlier answers: " + figures.latency());
    }
}
