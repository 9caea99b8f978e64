package dev.tidings.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process that cannot outlive the JVM that started it.
 *
 * <p>The command runs under a small shell wrapper that holds the read end of a pipe from this JVM.
 * When the JVM exits for any reason, {@code kill -9} included, the pipe closes and the wrapper
 * terminates the command. A shutdown hook alone would miss {@code kill -9}.
 */
public final class ChildProcess implements AutoCloseable {
    private static final String WRAPPER = String.join(
            "\n",
            "exec 3<&0",
            "\"$@\" </dev/null &",
            "child=$!",
            "( cat <&3 >/dev/null; kill -TERM $child 2>/dev/null ) &",
            "watcher=$!",
            "exec 3<&-",
            "trap 'kill -TERM $child 2>/dev/null' TERM INT",
            "while kill -0 $child 2>/dev/null; do wait $child; rc=$?; done",
            "kill $watcher 2>/dev/null",
            "exit ${rc:-0}");

    private final String name;
    private final Process process;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /** Starts {@code command}, appending its stdout and stderr to {@code log}. */
    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Path log)
            throws IOException {
        List<String> wrapped = new ArrayList<>(List.of("sh", "-c", WRAPPER, name));
        wrapped.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(wrapped)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new ChildProcess(name, builder.start());
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The pid of the wrapper; the command itself is its only child. */
    public long pid() {
        return process.pid();
    }

    /** Asks the command to stop (SIGTERM), then kills it if it has not stopped within {@code grace}. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }
}
