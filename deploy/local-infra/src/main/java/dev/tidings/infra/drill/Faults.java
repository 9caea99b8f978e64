package dev.tidings.infra.drill;

import dev.tidings.infra.LocalStack;
import dev.tidings.infra.Ports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The fault drill's faults, each once, in order, as the acknowledged count passes its share of the
 * submissions: ingest, enrichment and query are killed with SIGKILL and started again; ingest and
 * enrichment are also stopped with SIGTERM (their graceful shutdown) and started again; the Kafka
 * broker and PostgreSQL are stopped and started again on the same data. Once the producer has
 * finished, the remaining faults follow at once (the pipeline is still working through its backlog).
 */
final class Faults implements Runnable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final LocalStack stack;
    private final AtomicInteger acknowledged;
    private final int submissions;
    private final BooleanSupplier producerFinished;
    private final Logger logger;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private volatile Exception failure;

    /** Where the drill's timestamped log lines go. */
    interface Logger {
        void log(String format, Object... args);
    }

    private record Fault(double share, String name, Step step) {}

    private interface Step {
        void run() throws Exception;
    }

    Faults(
            LocalStack stack,
            AtomicInteger acknowledged,
            int submissions,
            BooleanSupplier producerFinished,
            Logger logger) {
        this.stack = stack;
        this.acknowledged = acknowledged;
        this.submissions = submissions;
        this.producerFinished = producerFinished;
        this.logger = logger;
    }

    @Override
    public void run() {
        List<Fault> faults = List.of(
                new Fault(0.10, "kill -9 ingest-service, start it again", () -> {
                    stack.ingest().kill();
                    stack.ingest().restart(READY_TIMEOUT);
                }),
                new Fault(0.18, "SIGTERM ingest-service (graceful), start it again", () -> {
                    stack.ingest().stop();
                    stack.ingest().restart(READY_TIMEOUT);
                }),
                new Fault(0.25, "kill -9 enrichment-service, start it again", () -> {
                    stack.enrichment().kill();
                    stack.enrichment().restart(READY_TIMEOUT);
                }),
                new Fault(0.40, "stop the Kafka broker, 10 s down, start it on the same data", () -> {
                    stack.kafka().stop();
                    Ports.pause(Duration.ofSeconds(10));
                    stack.kafka().restart();
                }),
                new Fault(0.48, "SIGTERM enrichment-service (graceful), start it again", () -> {
                    stack.enrichment().stop();
                    stack.enrichment().restart(READY_TIMEOUT);
                }),
                new Fault(0.55, "kill -9 query-service, start it again", () -> {
                    stack.query().kill();
                    stack.query().restart(READY_TIMEOUT);
                }),
                // Longer than the 60 s after which the Kafka connector would call a waiting record stuck.
                new Fault(0.70, "stop PostgreSQL, 75 s down, start it on the same data", () -> {
                    stack.postgres().stop();
                    Ports.pause(Duration.ofSeconds(75));
                    stack.postgres().restart();
                }));
        for (Fault fault : faults) {
            long threshold = Math.round(fault.share() * submissions);
            while (acknowledged.get() < threshold && !producerFinished.getAsBoolean()) {
                Ports.pause(Duration.ofMillis(200));
            }
            long started = System.nanoTime();
            int at = acknowledged.get();
            logger.log("FAULT at %d acknowledged: %s", at, fault.name());
            try {
                fault.step().run();
            } catch (Exception e) {
                failure = e;
                logger.log("FAULT FAILED: %s: %s", fault.name(), e);
                log.add(fault.name() + ": FAILED " + e);
                return;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            logger.log("recovered from '%s' in %.1f s", fault.name(), seconds);
            log.add(String.format("%-62s at %5d acknowledged, back in %5.1f s", fault.name(), at, seconds));
        }
    }

    List<String> log() {
        return List.copyOf(log);
    }

    Exception failure() {
        return failure;
    }
}
