package dev.tidings.infra;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the fault drill relies on: processes killed and started again, a database restarted on its data. */
class RestartTests {

    @TempDir
    Path work;

    @Test
    void aKilledProcessStartsAgainWithItsEnvironmentAndTheSameLog() throws Exception {
        Path log = work.resolve("child.log");
        ChildProcess child = ChildProcess.start(
                "sleeper", List.of("sh", "-c", "echo run $RUN; exec sleep 60"), Map.of("RUN", "first"), log);
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Files.readString(log).contains("run first"));
            child.kill();
            assertFalse(child.isAlive());

            child.restart(Map.of("RUN", "second"));
            assertTrue(child.isAlive());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Files.readString(log).contains("run second"));
            assertTrue(Files.readString(log).startsWith("run first"), "the log is appended to");
        } finally {
            child.close();
        }
        assertFalse(child.isAlive());
    }

    @Test
    void postgresKeepsItsDataAcrossARestart() throws Exception {
        Path logs = Files.createDirectories(work.resolve("logs"));
        PostgresServer postgres =
                PostgresServer.start(work.resolve("pgdata"), logs.resolve("postgres.log"), Ports.free(), true);
        try {
            execute(postgres, "create table kept (headline text)", "insert into kept values ('Ferry crews return')");
            postgres.stop();
            postgres.restart();
            try (Connection db = connect(postgres);
                    ResultSet rows = db.createStatement().executeQuery("select headline from kept")) {
                assertTrue(rows.next());
                assertEquals("Ferry crews return", rows.getString(1));
            }
        } finally {
            postgres.close();
        }
        assertFalse(Files.exists(work.resolve("pgdata")), "close() removes the data");
    }

    private static void execute(PostgresServer postgres, String... statements) throws Exception {
        try (Connection db = connect(postgres);
                Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Connection connect(PostgresServer postgres) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
