package dev.tidings.bench.query;

import dev.tidings.bench.Progress;
import dev.tidings.bench.StackEndpoints;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Query latency: a few typical front-end URLs, each at fixed request rates over HTTP, and the SQL
 * each sends under pgbench at the same rates. A URL that query-service does not serve (yet) is
 * reported with its status and skipped.
 */
public final class QueryBench {
    /** The newest articles, a term, a phrase with a filter, and a facet. */
    public static final List<String> PATHS = List.of(
            "/v1/articles?limit=20",
            "/v1/articles?q=oil",
            "/v1/articles?q=%22crude+oil%22&country=US",
            "/v1/facets?facet=country");

    /**
     * Before any URL is measured, every URL is loaded this long at the highest rate, through the same
     * kept-alive connections, and not counted: a service that has just started is still compiling the
     * code all of them share. Warmed with 100 requests each, the first URL measured had about twice
     * the p99 it had once every URL had been warmed (listing at 200/s: 4.1-4.3 against 2.1-2.7 ms).
     */
    static final int WARM_UP_SECONDS = 10;

    /** @param sql null when pgbench did not run; {@code sqlNote} says why */
    public record Run(int rate, FixedRateLoad.Figures http, PgBench.Figures sql, String sqlNote) {}

    /**
     * @param status of a first GET; the URL is measured only when it is 200
     * @param statements the SQL one request sent, with its values written in
     */
    public record PathFigures(String path, int status, String problem, List<String> statements, List<Run> runs) {}

    private QueryBench() {}

    public static List<PathFigures> measure(
            StackEndpoints stack, List<Integer> rates, int seconds, Path work, Progress progress) throws Exception {
        return measure(stack, PATHS, rates, seconds, work, progress);
    }

    /** As {@link #measure(StackEndpoints, List, int, Path, Progress)}, for other URLs (the archive's). */
    public static List<PathFigures> measure(
            StackEndpoints stack, List<String> paths, List<Integer> rates, int seconds, Path work, Progress progress)
            throws Exception {
        FixedRateLoad load = new FixedRateLoad(stack.queryUrl());
        Optional<PgBench> pgbench = PgBench.find(stack.jdbcUrl());
        List<PathFigures> figures = new ArrayList<>();
        int maxRate = rates.stream().max(Integer::compare).orElseThrow();
        List<String> served = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> first;
            try {
                first = load.get(path);
            } catch (java.net.http.HttpTimeoutException e) {
                progress.note("%s gave no answer within the request timeout, skipped", path);
                figures.add(new PathFigures(path, 0, "no answer within the request timeout", List.of(), List.of()));
                continue;
            }
            if (first.statusCode() != 200) {
                String body = first.body().length() > 200 ? first.body().substring(0, 200) + "…" : first.body();
                progress.note("%s answers %d, skipped: %s", path, first.statusCode(), body);
                figures.add(new PathFigures(path, first.statusCode(), body, List.of(), List.of()));
                continue;
            }
            served.add(path);
        }
        for (String path : served) {
            progress.note("warm-up: %s at %d/s for %d s, not counted", path, maxRate, WARM_UP_SECONDS);
            load.run(path, maxRate, WARM_UP_SECONDS);
        }
        int number = 0;
        for (String path : served) {
            number++;
            List<String> statements = List.of();
            String sqlNote = null;
            if (stack.postgresLog() == null) {
                sqlNote = "PostgreSQL's log not found: SQL not captured";
            } else if (pgbench.isEmpty()) {
                sqlNote = "pgbench not installed";
            } else {
                try (Connection db = stack.connect()) {
                    statements = new StatementCapture(db, stack.postgresLog()).capture(() -> {
                        try {
                            load.get(path);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
                if (statements.isEmpty()) {
                    sqlNote = "no SELECT seen in PostgreSQL's log for this request";
                }
            }
            List<Run> runs = new ArrayList<>();
            for (int rate : rates) {
                progress.note("%s at %d/s for %d s over HTTP", path, rate, seconds);
                FixedRateLoad.Figures http = load.run(path, rate, seconds);
                PgBench.Figures sql = null;
                String note = sqlNote;
                if (note == null) {
                    progress.note("  the same %d statement(s) under pgbench at %d/s", statements.size(), rate);
                    try {
                        sql = pgbench.get().run("q" + number, statements, rate, seconds, work);
                    } catch (IllegalStateException e) {
                        note = e.getMessage();
                    }
                }
                runs.add(new Run(rate, http, sql, note));
            }
            figures.add(new PathFigures(path, 200, null, statements, runs));
        }
        // In the order asked for, skipped URLs included.
        figures.sort(Comparator.comparingInt(figure -> paths.indexOf(figure.path())));
        return figures;
    }
}
