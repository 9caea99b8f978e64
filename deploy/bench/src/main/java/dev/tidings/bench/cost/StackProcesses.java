package dev.tidings.bench.cost;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The processes whose cost the benchmark reports, by name: the three services, the broker,
 * PostgreSQL (the postmaster and its backends, as one) and the benchmark itself, which generates
 * the load on the same cores.
 */
public final class StackProcesses implements AutoCloseable {
    public static final String POSTGRES = "postgresql";
    public static final String LOAD_GENERATOR = "bench (load generator)";

    private final Map<String, Long> pids;
    private final Map<String, Long> peakTreePssKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-memory-sampler");
        thread.setDaemon(true);
        return thread;
    });

    /** @param pids name to pid; a service's pid may be its wrapper's, the JVM under it is measured */
    public StackProcesses(Map<String, Long> pids, Optional<Long> postgresPid) {
        Map<String, Long> resolved = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ProcessTable.javaProcess(pid).ifPresent(java -> resolved.put(name, java)));
        postgresPid.ifPresent(pid -> resolved.put(POSTGRES, pid));
        resolved.put(LOAD_GENERATOR, ProcessHandle.current().pid());
        this.pids = Collections.unmodifiableMap(resolved);
        // A process tree's memory has no kernel high-water mark: sample it.
        postgresPid.ifPresent(pid -> sampler.scheduleAtFixedRate(
                () -> peakTreePssKb.merge(POSTGRES, ProcessTable.treePssKb(pid), Math::max),
                0,
                500,
                TimeUnit.MILLISECONDS));
    }

    public Map<String, Long> pids() {
        return pids;
    }

    public Optional<Long> pid(String name) {
        return Optional.ofNullable(pids.get(name));
    }

    /** CPU seconds used so far by each process (PostgreSQL: the whole tree). */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(
                name, name.equals(POSTGRES) ? ProcessTable.treeCpuSeconds(pid) : ProcessTable.cpuSeconds(pid)));
        return seconds;
    }

    /**
     * Peak resident memory in KiB: the kernel's VmHWM for a single process; for PostgreSQL the
     * largest sampled sum of the tree's proportional set sizes (shared buffers counted once).
     */
    public Map<String, Long> peakRssKb() {
        Map<String, Long> peaks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> peaks.put(
                name,
                name.equals(POSTGRES)
                        ? peakTreePssKb.getOrDefault(POSTGRES, ProcessTable.treePssKb(pid))
                        : ProcessTable.statusKb(pid, "VmHWM")));
        return peaks;
    }

    /** Stops a process in place (SIGSTOP): it keeps its sockets and state and does nothing until {@link #resume}. */
    public boolean suspend(String name) {
        return signal(name, "-STOP");
    }

    public boolean resume(String name) {
        return signal(name, "-CONT");
    }

    private boolean signal(String name, String signal) {
        Long pid = pids.get(name);
        if (pid == null) {
            return false;
        }
        try {
            return new ProcessBuilder("kill", signal, Long.toString(pid))
                            .inheritIO()
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
