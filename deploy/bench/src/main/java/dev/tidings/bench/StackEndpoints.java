package dev.tidings.bench;

import dev.tidings.bench.cost.ProcessTable;
import dev.tidings.infra.LocalStack;
import dev.tidings.infra.PostgresServer;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stack under test answers, its producer key and its processes, whether the benchmark
 * started it or measures one that was already running ({@code --reuse}).
 *
 * @param pids service and broker name to pid (a wrapper's pid is fine)
 * @param postgresLog PostgreSQL's server log, read to see which SQL a query sends; null if unknown
 */
public record StackEndpoints(
        String ingestUrl,
        String enrichmentUrl,
        String queryUrl,
        String kafkaBootstrapServers,
        String jdbcUrl,
        String apiKey,
        Map<String, Long> pids,
        Optional<Long> postgresPid,
        Path postgresLog) {

    public static StackEndpoints of(LocalStack stack) {
        Optional<Long> postgres = ProcessTable.listeningOn(stack.postgres().port());
        return new StackEndpoints(
                stack.ingestUrl(),
                stack.enrichmentUrl(),
                stack.queryUrl(),
                stack.kafkaBootstrapServers(),
                stack.postgres().jdbcUrl(),
                apiKey(stack),
                stack.pids(),
                postgres,
                stack.logs().resolve("postgres.log"));
    }

    /** A running stack, found by its addresses; its processes by the ports they listen on. */
    public static StackEndpoints reused(Map<String, String> endpoints, String apiKey) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String role : new String[] {"ingest", "enrichment", "query"}) {
            int port = URI.create(endpoints.get(role)).getPort();
            ProcessTable.listeningOn(port).ifPresent(pid -> pids.put(role + "-service", pid));
        }
        String kafka = endpoints.get("kafka");
        ProcessTable.listeningOn(Integer.parseInt(kafka.substring(kafka.lastIndexOf(':') + 1)))
                .ifPresent(pid -> pids.put("kafka", pid));
        String jdbc = endpoints.get("postgres");
        int postgresPort = URI.create(jdbc.substring("jdbc:".length())).getPort();
        return new StackEndpoints(
                endpoints.get("ingest"),
                endpoints.get("enrichment"),
                endpoints.get("query"),
                kafka,
                jdbc,
                apiKey,
                pids,
                ProcessTable.listeningOn(postgresPort < 0 ? 5432 : postgresPort),
                postgresLogOf(jdbc));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /**
     * The stack's producer key. Asked for by reflection: local-infra only offers it once ingest
     * checks keys, and a benchmark built against an older local-infra must still run.
     */
    private static String apiKey(LocalStack stack) {
        try {
            Method key = LocalStack.class.getMethod("ingestApiKey");
            return (String) key.invoke(stack);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the stack's ingest API key", e);
        }
    }

    /** A LocalStack keeps PostgreSQL's log in {@code logs/} beside the data directory. */
    private static Path postgresLogOf(String jdbcUrl) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("show data_directory")) {
            rows.next();
            Path log = Path.of(rows.getString(1)).getParent().resolve("logs/postgres.log");
            return Files.isReadable(log) ? log : null;
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }
}
