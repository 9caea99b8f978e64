package dev.tidings.bench.query;

import dev.tidings.bench.LatencySummary;
import dev.tidings.infra.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The same SQL as a request, under PostgreSQL's own {@code pgbench} at the same fixed rate: what
 * the database alone takes, so that the HTTP figure can be read against it. Latency counts from
 * each transaction's scheduled start ({@code --rate}), like the HTTP load's.
 */
public final class PgBench {
    private static final List<String> CANDIDATES = List.of("/usr/lib/postgresql/15/bin/pgbench", "/usr/bin/pgbench");

    /** @param transactions one per request: the request's statements in order */
    public record Figures(int rate, int seconds, int transactions, int statements, LatencySummary latency) {}

    /** query-service's {@code quarkus.datasource.reader.reactive.additional-properties} that steer plans. */
    static final String READER_SESSION = "-c random_page_cost=1.1 -c plan_cache_mode=force_custom_plan";

    private final Path pgbench;
    private final String host;
    private final int port;
    private final String database;

    private PgBench(Path pgbench, String jdbcUrl) {
        this.pgbench = pgbench;
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 5432 : uri.getPort();
        this.database = uri.getPath().substring(1);
    }

    /** pgbench from PostgreSQL's packages, if this machine has it. */
    public static Optional<PgBench> find(String jdbcUrl) {
        return CANDIDATES.stream()
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .map(path -> new PgBench(path, jdbcUrl));
    }

    public Path path() {
        return pgbench;
    }

    public Figures run(String name, List<String> statements, int rate, int seconds, Path work)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path script = work.resolve("pgbench-" + name + ".sql");
        StringBuilder text = new StringBuilder();
        for (String statement : statements) {
            text.append(statement.replace('\n', ' ')).append(";\n");
        }
        Files.writeString(script, text);
        String prefix = "pgbench-" + name + "-" + rate + "-log";
        deleteLogs(work, prefix);
        List<String> command = List.of(
                pgbench.toString(),
                "-n",
                "-M",
                "prepared",
                "-c",
                "4",
                "-j",
                "2",
                "-R",
                Integer.toString(rate),
                "-T",
                Integer.toString(seconds),
                "-l",
                "--log-prefix=" + work.resolve(prefix),
                "-f",
                script.toString(),
                "-h",
                host,
                "-p",
                Integer.toString(port),
                "-U",
                PostgresServer.USER,
                database);
        Path out = work.resolve(prefix.replace("-log", ".out"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("PGPASSWORD", PostgresServer.PASSWORD);
        // The session settings query-service's reader pool sends when it connects (its
        // application.properties), so that the SQL is planned here as it is there.
        builder.environment().put("PGOPTIONS", READER_SESSION);
        Process process = builder.start();
        if (!process.waitFor(seconds + 120L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench failed, see " + out.getFileName());
        }
        // Per transaction: client_id transaction_no time script_no time_epoch time_us [schedule_lag]
        List<Long> latencies = new ArrayList<>();
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(work, prefix + "*")) {
            for (Path log : logs) {
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length >= 6 && !"skipped".equals(f[2])) {
                        long micros = Long.parseLong(f[2]) + (f.length > 6 ? Long.parseLong(f[6]) : 0);
                        latencies.add(micros * 1_000);
                    }
                }
            }
        }
        return new Figures(
                rate,
                seconds,
                latencies.size(),
                statements.size(),
                LatencySummary.ofNanos(
                        latencies.stream().mapToLong(Long::longValue).toArray()));
    }

    private static void deleteLogs(Path work, String prefix) throws IOException {
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(work, prefix + "*")) {
            for (Path log : logs) {
                Files.delete(log);
            }
        }
    }
}
