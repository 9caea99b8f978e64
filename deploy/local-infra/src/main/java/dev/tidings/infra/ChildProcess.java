package dev.tidings.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * terminates the command. A shutdown hook alone would miss {@code kill -9}. {@code SIGUSR1} to the
 * wrapper kills the command with {@code SIGKILL}, for the fault drill.
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
            "trap 'kill -KILL $child 2>/dev/null' USR1",
            "while kill -0 $child 2>/dev/null; do wait $child; rc=$?; done",
            "kill $watcher 2>/dev/null",
            "exit ${rc:-0}");

    private final String name;
    private final List<String> command;
    private final Path log;
    private Map<String, String> env;
    // Replaced by restart(); read by other threads (pids, liveness checks).
    private volatile Process process;

    private ChildProcess(String name, List<String> command, Map<String, String> env, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.env = Map.copyOf(env);
        this.log = log;
    }

    /** Starts {@code command}, appending its stdout and stderr to {@code log}. */
    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Path log)
            throws IOException {
        ChildProcess child = new ChildProcess(name, command, env, log);
        child.process = child.launch();
        return child;
    }

    private Process launch() throws IOException {
        List<String> wrapped = new ArrayList<>(List.of("sh", "-c", WRAPPER, name));
        wrapped.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(wrapped)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return builder.start();
    }

    /**
     * Starts the command again, with the same environment and appending to the same log, after it
     * stopped or was killed. The caller waits for whatever "ready" means for this command.
     */
    public synchronized void restart() throws IOException {
        restart(Map.of());
    }

    /** Like {@link #restart()}, with {@code changes} added to the environment from now on. */
    public synchronized void restart(Map<String, String> changes) throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running; stop or kill it first");
        }
        Map<String, String> changed = new java.util.HashMap<>(env);
        changed.putAll(changes);
        env = Map.copyOf(changed);
        process = launch();
    }

    /**
     * Kills the command with SIGKILL, as a crash or the OOM killer would: no shutdown hook runs, nothing
     * is flushed or committed. Returns once the wrapper has gone too.
     */
    public void kill() {
        Process current = process;
        if (!current.isAlive()) {
            return;
        }
        try {
            // Only the wrapper knows which of its children is the command (the other is the watcher).
            new ProcessBuilder("kill", "-USR1", Long.toString(current.pid()))
                    .inheritIO()
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
            if (!current.waitFor(30, TimeUnit.SECONDS)) {
                current.descendants().forEach(ProcessHandle::destroyForcibly);
                current.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
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
        Process process = this.process;
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
