package dev.tidings.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of a running service, started and stopped with {@code jcmd} (the service's command
 * line stays as it is), and what its execution samples say about where the CPU went.
 */
public final class FlightRecording {
    private static final String NAME = "tidings-bench";

    /** @param percent of all execution samples of the recording */
    public record Share(String name, int samples, double percent) {}

    /**
     * @param byThread execution samples by thread, numbered suffixes dropped ({@code vert.x-eventloop-thread})
     * @param byPackage by the package of the frame on top of the stack (its first three parts)
     * @param topFrames by the method on top of the stack (self time)
     * @param byTidingsFrame by the innermost {@code dev.tidings} method on the stack: the stage of the
     *     service's own code that the time was spent under
     * @param machineCpu average of JFR's machine-wide CPU load (0..1) over the recording
     * @param jvmCpu average of this JVM's own CPU load (0..1 of the machine)
     * @param compileSeconds time the JIT spent on compilations that took over 100 ms: near zero once
     *     the service is warm; large, and the figures of the phase are not steady-state ones, if not
     */
    public record Summary(
            String service,
            String file,
            int samples,
            double compileSeconds,
            double gcPauseSeconds,
            double machineCpu,
            double jvmCpu,
            List<Share> byThread,
            List<Share> byPackage,
            List<Share> topFrames,
            List<Share> byTidingsFrame) {}

    private final String service;
    private final long pid;
    private final Path file;

    private FlightRecording(String service, long pid, Path file) {
        this.service = service;
        this.pid = pid;
        this.file = file;
    }

    /** {@code jcmd <pid> JFR.start settings=profile}: method samples every 10 ms of each running thread. */
    public static FlightRecording start(String service, long pid, Path file) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file);
        return new FlightRecording(service, pid, file);
    }

    public String service() {
        return service;
    }

    /** {@code jcmd <pid> JFR.stop}, which writes the recording to its file. */
    public void stop() throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=" + NAME, "filename=" + file);
    }

    /** What the recording says about {@code [from, to]}: one phase of a recording that spans several. */
    public Summary summarise(String phase, Instant from, Instant to, int top) throws IOException {
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        Map<String, Integer> frames = new HashMap<>();
        Map<String, Integer> stages = new HashMap<>();
        int samples = 0;
        Duration gc = Duration.ZERO;
        Duration compiling = Duration.ZERO;
        double machine = 0;
        double jvm = 0;
        int loads = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                continue;
            }
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    RecordedStackTrace stack = event.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    RecordedThread thread = event.getThread("sampledThread");
                    String threadName = thread == null || thread.getJavaName() == null
                            ? "(native)"
                            : thread.getJavaName().replaceAll("[-#]?\\d+$", "");
                    threads.merge(threadName, 1, Integer::sum);
                    RecordedFrame topFrame = stack.getFrames().get(0);
                    frames.merge(method(topFrame), 1, Integer::sum);
                    packages.merge(packageOf(topFrame), 1, Integer::sum);
                    String stage = stack.getFrames().stream()
                            .filter(f -> f.isJavaFrame()
                                    && f.getMethod().getType().getName().startsWith("dev.tidings."))
                            .findFirst()
                            .map(FlightRecording::method)
                            .orElse("(no dev.tidings frame on the stack)");
                    stages.merge(stage, 1, Integer::sum);
                }
                case "jdk.GarbageCollection" -> gc = gc.plus(event.getDuration("sumOfPauses"));
                case "jdk.Compilation" -> compiling = compiling.plus(event.getDuration());
                case "jdk.CPULoad" -> {
                    machine += event.getFloat("machineTotal");
                    jvm += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                    loads++;
                }
                default -> {
                    // Not summarised.
                }
            }
        }
        int total = samples;
        Function<Map<String, Integer>, List<Share>> topOf = counts -> counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(top)
                .map(e -> new Share(e.getKey(), e.getValue(), total == 0 ? 0 : 100.0 * e.getValue() / total))
                .toList();
        return new Summary(
                service + ", " + phase,
                file.toString(),
                samples,
                compiling.toNanos() / 1e9,
                gc.toNanos() / 1e9,
                loads == 0 ? 0 : machine / loads,
                loads == 0 ? 0 : jvm / loads,
                topOf.apply(threads),
                topOf.apply(packages),
                topOf.apply(frames),
                topOf.apply(stages));
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int lastDot = type.lastIndexOf('.');
        String[] parts = (lastDot < 0 ? "(default)" : type.substring(0, lastDot)).split("\\.");
        return String.join(".", List.of(parts).subList(0, Math.min(3, parts.length)));
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        List<String> line = new java.util.ArrayList<>(List.of(jcmd, Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", line) + " failed: " + out.strip());
        }
    }
}
