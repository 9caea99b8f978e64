package dev.tidings.bench.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCaptureTests {

    @Test
    void executedSelectsComeBackWithTheirValuesWrittenIn() {
        String log = String.join(
                "\n",
                "2026-11-28 18:00:00.100 UTC [501] LOG:  duration: 0.050 ms  parse <unnamed>: select a.id",
                "\tfrom articles a where a.search_tsv @@ websearch_to_tsquery('english', $1) limit $2",
                "2026-11-28 18:00:00.101 UTC [501] LOG:  duration: 1.250 ms  execute <unnamed>: select a.id",
                "\tfrom articles a where a.search_tsv @@ websearch_to_tsquery('english', $1) limit $2",
                "2026-11-28 18:00:00.101 UTC [501] DETAIL:  Parameters: $1 = 'crude ''oil''', $2 = '21'",
                "2026-11-28 18:00:00.102 UTC [777] LOG:  duration: 0.010 ms  execute <unnamed>: select count(*) from"
                        + " articles",
                "2026-11-28 18:00:00.103 UTC [502] LOG:  duration: 0.900 ms  execute S_1: insert into articles values"
                        + " ($1)",
                "2026-11-28 18:00:00.103 UTC [502] DETAIL:  parameters: $1 = 'x'",
                "2026-11-28 18:00:00.104 UTC [503] LOG:  duration: 0.300 ms  execute S_2: SELECT 1",
                "");

        List<String> queries = StatementCapture.queries(log, 777);

        assertEquals(
                List.of("select a.id\n\tfrom articles a where a.search_tsv @@ websearch_to_tsquery('english',"
                        + " 'crude ''oil''') limit '21'"),
                queries);
    }

    @Test
    void tenIsNotMistakenForOneFollowedByZero() {
        String parameters = "$1 = 'a', $2 = NULL, $3 = 'c', $4 = 'd', $5 = 'e', $6 = 'f', $7 = 'g', $8 = 'h',"
                + " $9 = 'i', $10 = 'j, $1 = x'";

        String sql = StatementCapture.withValues("select $1, $2, $10 where x = $1", parameters);

        assertEquals("select 'a', NULL, 'j, $1 = x' where x = 'a'", sql);
    }
}
