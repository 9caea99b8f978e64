package dev.tidings.bench.cost;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** What Linux's {@code /proc} says about a process: CPU time, resident memory, listening sockets. */
public final class ProcessTable {
    private static final Path PROC = Path.of("/proc");
    private static final long CLOCK_TICKS = readClockTicks();

    private ProcessTable() {}

    /** User plus system CPU time of {@code pid} itself, in seconds; 0 once it is gone. */
    public static double cpuSeconds(long pid) {
        long[] times = times(pid);
        return (times[0] + times[1]) / (double) CLOCK_TICKS;
    }

    /**
     * CPU seconds of a process and every descendant: its own, the waited-for children's it has
     * reaped (cutime, cstime) and the live descendants'. PostgreSQL forks a backend per connection.
     */
    public static double treeCpuSeconds(long pid) {
        long[] times = times(pid);
        long ticks = times[0] + times[1] + times[2] + times[3];
        for (ProcessHandle child :
                ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of())) {
            long[] own = times(child.pid());
            ticks += own[0] + own[1];
        }
        return ticks / (double) CLOCK_TICKS;
    }

    /** A field of {@code /proc/<pid>/status} in KiB, e.g. {@code VmHWM} (peak RSS); 0 if unknown. */
    public static long statusKb(long pid, String field) {
        return fieldKb(PROC.resolve(Long.toString(pid)).resolve("status"), field);
    }

    /**
     * The proportional set size of a process and its descendants, in KiB: shared pages (PostgreSQL's
     * shared buffers) are split between the processes that map them instead of counted in each.
     */
    public static long treePssKb(long pid) {
        long kb = fieldKb(PROC.resolve(Long.toString(pid)).resolve("smaps_rollup"), "Pss");
        for (ProcessHandle child :
                ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of())) {
            kb += fieldKb(PROC.resolve(Long.toString(child.pid())).resolve("smaps_rollup"), "Pss");
        }
        return kb;
    }

    /**
     * The JVM that a {@code dev.tidings.infra.ChildProcess} wrapper ({@code sh}) runs: its child whose
     * command is {@code java}. The pid itself when it is already a JVM.
     */
    public static Optional<Long> javaProcess(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        if (isJava(process.get())) {
            return Optional.of(pid);
        }
        return process.get()
                .children()
                .filter(ProcessTable::isJava)
                .map(ProcessHandle::pid)
                .findFirst();
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    /** The process listening on a loopback or wildcard TCP {@code port}, found through its socket's inode. */
    public static Optional<Long> listeningOn(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("net/tcp", "net/tcp6")) {
            try {
                for (String line : Files.readAllLines(PROC.resolve(table))) {
                    listeningInode(line, port).ifPresent(inodes::add);
                }
            } catch (IOException e) {
                // No IPv6 on this machine.
            }
        }
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                if (ownsSocket(process, inodes)) {
                    return Optional.of(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The socket inode of a {@code /proc/net/tcp} line when it is a listener on {@code port}. */
    static Optional<String> listeningInode(String line, int port) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 10 || !f[1].contains(":") || !"0A".equals(f[3])) {
            return Optional.empty();
        }
        try {
            int local = Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16);
            return local == port ? Optional.of(f[9]) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean ownsSocket(Path process, Set<String> inodes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1))) {
                        return true;
                    }
                } catch (IOException e) {
                    // The descriptor closed meanwhile.
                }
            }
        } catch (IOException | SecurityException e) {
            // Gone, or not ours to read.
        }
        return false;
    }

    /** utime, stime, cutime, cstime in clock ticks; zeros when the process is gone. */
    static long[] times(long pid) {
        try {
            return parseTimes(Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat")));
        } catch (IOException e) {
            return new long[4];
        }
    }

    /** Fields 14-17 of {@code /proc/<pid>/stat}, counted after the command name, which may hold spaces. */
    static long[] parseTimes(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state); utime is field 14.
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
    }

    private static long fieldKb(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(
                            line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static long readClockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor(5, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
