package dev.tidings.bench.archive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.bench.LatencySummary;
import dev.tidings.bench.query.FixedRateLoad;
import dev.tidings.bench.query.PgBench;
import dev.tidings.bench.query.QueryBench;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The archive benchmark's table: each URL judged against the goal, the floor shown beside them. */
class ArchiveTableTests {
    private static QueryBench.PathFigures row(String path, double httpP99, Double sqlP99) {
        FixedRateLoad.Figures http = new FixedRateLoad.Figures(
                path, 200, 30, 6000, 6000, 0, Map.of(200, 6000), new LatencySummary(6000, 1, 1, 2, httpP99, 9));
        PgBench.Figures sql = sqlP99 == null
                ? null
                : new PgBench.Figures(200, 30, 6000, 1, new LatencySummary(6000, 0.3, 0.3, 0.5, sqlP99, 2));
        return new QueryBench.PathFigures(
                path,
                200,
                null,
                List.of(),
                List.of(new QueryBench.Run(200, http, sql, sql == null ? "no SELECT seen" : null)));
    }

    private static String line(String table, String path) {
        return table.lines().filter(l -> l.startsWith(path + " ")).findFirst().orElseThrow();
    }

    @Test
    void aUrlPassesWithinFiftyMsAndTwiceItsSqlAndTheFloorIsNotJudged() {
        List<String> paths = ArchiveBench.paths(Instant.parse("2026-12-04T00:00:00Z"), "some-id");
        assertTrue(paths.get(paths.size() - 1).equals(ArchiveBench.FLOOR), "the floor is measured last");
        String table = ArchiveBench.table(
                "bounded",
                List.of(
                        row("/v1/articles?q=oil", 9.2, 6.3),
                        row("/v1/articles/some-id", 3.4, 0.8),
                        row("/v1/articles?q=temporao", 60.0, 40.0),
                        row(ArchiveBench.FLOOR, 5.3, null)),
                "0.1",
                "0.2");
        assertTrue(line(table, "/v1/articles?q=oil").endsWith("PASS"), table);
        assertTrue(line(table, "/v1/articles/some-id").endsWith("FAIL"), table);
        assertTrue(line(table, "/v1/articles?q=temporao").endsWith("FAIL"), table);
        assertTrue(line(table, ArchiveBench.FLOOR).endsWith("floor"), table);
    }
}
