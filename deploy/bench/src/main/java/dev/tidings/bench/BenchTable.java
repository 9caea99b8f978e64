package dev.tidings.bench;

import dev.tidings.bench.BenchReport.LoadPhase;
import dev.tidings.bench.BenchReport.ProcessCost;
import dev.tidings.bench.BenchReport.Target;
import dev.tidings.bench.endtoend.StoredArticles;
import dev.tidings.bench.enrichment.EnrichmentCeiling;
import dev.tidings.bench.kafka.KafkaPerformance;
import dev.tidings.bench.profile.FlightRecording;
import dev.tidings.bench.query.QueryBench;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table the benchmark prints: each figure, the limit underneath it, the target ratio and
 * whether it was met. Plain text, as wide as its columns.
 */
public final class BenchTable {
    private static final String[] HEADER = {"measure", "value", "limit underneath", "target", "ratio", "result"};

    private final List<String[]> rows = new ArrayList<>();

    private BenchTable() {}

    public static String render(BenchReport report) {
        BenchTable table = new BenchTable();
        table.fill(report);
        return table.text(report);
    }

    private void fill(BenchReport r) {
        List<Target> targets = r.targets();
        KafkaPerformance.Figures kafka = r.kafka();
        EnrichmentCeiling ceiling = r.enrichmentCeiling();

        section("Kafka, the broker's own limit (Kafka's perf tools, scratch topic, "
                + (kafka == null
                        ? "not measured"
                        : kafka.partitions() + " partitions, "
                                + String.join(" ", kafka.producer().settings()))
                + ")");
        if (kafka != null) {
            KafkaPerformance.ProducerFigures p = kafka.producer();
            row(
                    "Kafka producer, " + count(p.records()) + " × " + count(p.recordBytes()) + " B",
                    rate(p.recordsPerSecond()) + " rec/s (" + one(p.mbPerSecond()) + " MB/s), p50 " + ms(p.p50Ms())
                            + ", p99 " + ms(p.p99Ms()),
                    "",
                    "",
                    "",
                    "");
            row(
                    "Kafka consumer, same records",
                    rate(kafka.consumer().recordsPerSecond()) + " rec/s ("
                            + one(kafka.consumer().mbPerSecond()) + " MB/s)",
                    "",
                    "",
                    "",
                    "");
        }

        BenchReport.IngestPhase ingest = r.ingest();
        section("Ingest: POST /v1/articles, " + (ingest == null ? "" : ingest.concurrency() + " in flight, ")
                + (ingest != null && ingest.enrichmentPaused()
                        ? "enrichment paused (SIGSTOP) meanwhile"
                        : "enrichment running"));
        if (ingest != null) {
            BenchReport.IngestSummary s = ingest.ingest();
            row(
                    "Single posts accept rate, " + count(s.accepted()) + "/" + count(s.sent()) + " accepted",
                    rate(s.acceptedPerSecond()) + " 202/s" + retries(s),
                    kafka == null
                            ? "Kafka producer: n/a"
                            : "Kafka producer " + rate(kafka.producer().recordsPerSecond()) + " rec/s",
                    "",
                    kafka == null
                            ? ""
                            : ratio(s.acceptedPerSecond() / kafka.producer().recordsPerSecond()),
                    "");
            row(
                    "  ingest latency (202)",
                    "p50 " + ms(s.latency().p50Ms()) + ", p99 " + ms(s.latency().p99Ms()),
                    kafka == null
                            ? ""
                            : "Kafka producer p50 " + ms(kafka.producer().p50Ms()) + ", p99 "
                                    + ms(kafka.producer().p99Ms()),
                    "",
                    "",
                    "");
            if (ingest.backlogDrain() != null) {
                row(
                        "  then the backlog drained (enrich + store)",
                        one(ingest.backlogDrain().perSecond()) + " articles/s",
                        ceiling == null ? "" : "enrichment ceiling " + one(ceiling.pagesPerSecond()) + " pages/s",
                        "",
                        ceiling == null ? "" : ratio(ingest.backlogDrain().perSecond() / ceiling.pagesPerSecond()),
                        "");
            }
        }

        BenchReport.BatchPhase batched = r.ingestBatched();
        section("Ingest: POST /v1/articles/batch, "
                + (batched == null
                        ? "not measured"
                        : count(batched.batchSize()) + " articles a batch, " + batched.concurrency()
                                + " in flight, "
                                + (batched.enrichmentPaused()
                                        ? "enrichment paused (SIGSTOP) from then to the end of the run"
                                        : "enrichment running")));
        if (batched != null) {
            BenchReport.IngestSummary s = batched.ingest();
            KafkaPerformance.ProducerFigures producer = batched.kafkaAlongside() != null
                    ? batched.kafkaAlongside()
                    : kafka == null ? null : kafka.producer();
            target(
                    targets.get(2),
                    "Batched accept rate, " + count(s.accepted()) + "/" + count(s.sent()) + " accepted",
                    rate(s.acceptedPerSecond()) + " articles/s" + retries(s),
                    producer == null
                            ? "Kafka producer: n/a"
                            : "Kafka producer " + rate(producer.recordsPerSecond()) + " rec/s"
                                    + (batched.kafkaAlongside() != null ? ", measured right after" : ""));
            target(
                    targets.get(4),
                    "  the same against single posts",
                    rate(s.acceptedPerSecond()) + " articles/s",
                    ingest == null
                            ? "single posts: n/a"
                            : "single posts " + rate(ingest.ingest().acceptedPerSecond()) + " 202/s");
            row(
                    "  batch latency (200)",
                    "p50 " + ms(s.latency().p50Ms()) + ", p99 " + ms(s.latency().p99Ms()),
                    "",
                    "",
                    "",
                    "");
        }

        section("Enrichment ceiling: "
                + (ceiling == null ? "not measured" : ceiling.method() + ", " + ceiling.pages() + " articles"));
        if (ceiling != null) {
            target(
                    targets.get(5),
                    "Enrichment pipeline, all taggers",
                    one(ceiling.pagesPerSecond()) + " pages/s"
                            + (ceiling.tokensPerSecond() > 0
                                    ? ", " + rate(ceiling.tokensPerSecond()) + " tokens/s"
                                    : ""),
                    ceiling.bareTokensPerSecond() > 0
                            ? "bare CRF " + rate(ceiling.bareTokensPerSecond()) + " tokens/s ("
                                    + one(ceiling.barePagesPerSecond()) + " pages/s)"
                            : "bare CRF: n/a");
            row(
                    "  from CPU time (if nothing else ran)",
                    one(ceiling.uncontendedPagesPerSecond()) + " pages/s",
                    ceiling.bareUncontendedPagesPerSecond() > 0
                            ? "bare CRF " + one(ceiling.bareUncontendedPagesPerSecond()) + " pages/s"
                            : "",
                    "",
                    "",
                    "");
        }

        section("End to end: first POST to last article queryable (stored_at), ingested_at → stored_at per article");
        LoadPhase full = r.endToEndFull();
        if (full != null) {
            target(
                    targets.get(0),
                    "Full load, " + count(full.articles()) + " articles, " + full.concurrency() + " in flight"
                            + dead(full),
                    one(full.stored().perSecond()) + " articles/s",
                    ceiling == null
                            ? "enrichment ceiling: n/a"
                            : "enrichment ceiling " + one(ceiling.pagesPerSecond()) + " pages/s");
            target(
                    targets.get(1),
                    "  the same, against the absolute target",
                    one(full.stored().perSecond()) + " articles/s",
                    "100 articles/s");
            row("  ingest→queryable, full load", latencies(full.stored().latency()), "", "", "", "");
            stages(full.stored());
            row(
                    "  ingest accept rate meanwhile",
                    rate(full.ingest().acceptedPerSecond()) + " 202/s, p99 "
                            + ms(full.ingest().latency().p99Ms()) + retries(full.ingest()),
                    "",
                    "",
                    "",
                    "");
        }
        LoadPhase half = r.endToEndHalf();
        if (half != null) {
            target(
                    targets.get(3),
                    "Half load, " + one(half.offeredPerSecond()) + "/s paced, " + count(half.articles()) + " articles"
                            + dead(half),
                    latencies(half.stored().latency()),
                    "2 s");
            stages(half.stored());
            row("  sustained rate at half load", one(half.stored().perSecond()) + " articles/s", "", "", "", "");
        }

        section("Query: open loop at a fixed rate over HTTP; the same SQL (from PostgreSQL's log) under pgbench");
        for (QueryBench.PathFigures path : r.query()) {
            if (path.runs().isEmpty()) {
                row(path.path(), "HTTP " + path.status() + ": not measured", "", "", "", "");
                continue;
            }
            for (QueryBench.Run run : path.runs()) {
                var http = run.http();
                String value = "p50 " + ms(http.latency().p50Ms()) + ", p99 "
                        + ms(http.latency().p99Ms())
                        + (http.ok() < http.sent()
                                ? " (" + (http.sent() - http.ok()) + "/" + http.sent() + " failed)"
                                : "");
                String sql = run.sql() == null
                        ? "SQL: " + run.sqlNote()
                        : "SQL p50 " + ms(run.sql().latency().p50Ms()) + ", p99 "
                                + ms(run.sql().latency().p99Ms());
                row(path.path() + " @ " + run.rate() + "/s", value, sql, "", "", "");
            }
        }

        section("Cost: CPU over the full-load phase per article; peak resident memory over the run");
        double pipelineCpu = r.cost().stream()
                .filter(c -> !c.process().startsWith("bench"))
                .mapToDouble(ProcessCost::cpuSecondsPerArticle)
                .sum();
        for (ProcessCost cost : r.cost()) {
            row(
                    cost.process(),
                    String.format(
                            Locale.ROOT,
                            "%.2f ms CPU/article, peak %s MiB",
                            cost.cpuSecondsPerArticle() * 1000,
                            count(Math.round(cost.peakRssMiB()))),
                    String.format(Locale.ROOT, "%.1f CPU s in all", cost.cpuSeconds())
                            + (cost.process().equals("enrichment-service")
                                            && ceiling != null
                                            && ceiling.cpuMillisPerPage() > 0
                                    ? String.format(
                                            Locale.ROOT,
                                            "; in-process pipeline %.2f ms CPU/page",
                                            ceiling.cpuMillisPerPage())
                                    : ""),
                    "",
                    "",
                    "");
        }
        if (pipelineCpu > 0) {
            row(
                    "all of the pipeline (bench excluded)",
                    String.format(Locale.ROOT, "%.2f ms CPU/article", pipelineCpu * 1000),
                    String.format(
                            Locale.ROOT,
                            "%d cores / that = at most %.0f articles/s",
                            r.meta().cores(),
                            r.meta().cores() / pipelineCpu),
                    "",
                    "",
                    "");
        }
    }

    /** Where an article's time went: up to the end of tagging, and from there to the database. */
    private void stages(StoredArticles.Summary stored) {
        row(
                "    ingested → enriched / enriched → stored",
                "p50 " + ms(stored.ingestToEnriched().p50Ms()) + " / "
                        + ms(stored.enrichedToStored().p50Ms())
                        + ", p99 " + ms(stored.ingestToEnriched().p99Ms()) + " / "
                        + ms(stored.enrichedToStored().p99Ms()),
                "",
                "",
                "",
                "");
    }

    private void section(String title) {
        rows.add(new String[] {title});
    }

    private void row(String... cells) {
        rows.add(cells);
    }

    private void target(Target target, String measure, String value, String limit) {
        row(
                measure,
                value,
                limit,
                target.rule().replace(" × limit", "×").replace("≤ 1.0×", "≤ limit"),
                target.ratio() == null ? "n/a" : ratio(target.ratio()),
                target.pass() == null ? "n/a" : target.pass() ? "PASS" : "FAIL");
    }

    private String text(BenchReport report) {
        int[] widths = new int[HEADER.length];
        for (int c = 0; c < HEADER.length; c++) {
            widths[c] = HEADER[c].length();
        }
        for (String[] row : rows) {
            if (row.length > 1) {
                for (int c = 0; c < row.length; c++) {
                    widths[c] = Math.max(widths[c], row[c].length());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        BenchReport.Meta meta = report.meta();
        out.append(String.format(
                "Tidings benchmark %s: %s articles from %s; %d cores; load average %s before, %s after; %s stack%n",
                meta.runId(),
                count(meta.articles()),
                meta.articlesFile(),
                meta.cores(),
                meta.loadAverageBefore(),
                meta.loadAverageAfter(),
                meta.stack()));
        int total = java.util.Arrays.stream(widths).sum() + 2 * (widths.length - 1);
        out.append(line(HEADER, widths)).append('\n').append("-".repeat(total)).append('\n');
        for (String[] row : rows) {
            out.append(row.length == 1 ? row[0] : line(row, widths)).append('\n');
        }
        long passed = report.targets().stream()
                .filter(t -> Boolean.TRUE.equals(t.pass()))
                .count();
        out.append("-".repeat(total)).append('\n');
        out.append(String.format(
                "Targets met: %d of %d%n", passed, report.targets().size()));
        for (FlightRecording.Summary profile : report.profiles()) {
            out.append(profile(profile));
        }
        for (String note : report.notes()) {
            out.append("note: ").append(note).append('\n');
        }
        return out.toString();
    }

    private static String profile(FlightRecording.Summary p) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%nProfile of %s (%s): %s execution samples, JIT compiling %.1f s, GC pauses %.2f s,"
                        + " machine CPU %.0f%%, this JVM %.0f%%%n",
                p.service(),
                p.file(),
                count(p.samples()),
                p.compileSeconds(),
                p.gcPauseSeconds(),
                p.machineCpu() * 100,
                p.jvmCpu() * 100));
        out.append(shares("  by thread", p.byThread()));
        out.append(shares("  by innermost dev.tidings method on the stack", p.byTidingsFrame()));
        out.append(shares("  by package of the top frame", p.byPackage()));
        out.append(shares("  top frames (self)", p.topFrames()));
        return out.toString();
    }

    private static String shares(String title, List<FlightRecording.Share> shares) {
        StringBuilder out = new StringBuilder(title).append('\n');
        for (FlightRecording.Share share : shares) {
            out.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n", share.percent(), share.name()));
        }
        return out.toString();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                out.append("  ");
            }
            out.append(c == cells.length - 1 ? cells[c] : String.format("%-" + widths[c] + "s", cells[c]));
        }
        return out.toString().stripTrailing();
    }

    /** Retried 429s and 503s, which a rate limit or a busy broker causes; their waits are in the rate. */
    static String retries(BenchReport.IngestSummary s) {
        return s.retries() == 0 ? "" : " (" + count(s.retries()) + " retries after 429/503)";
    }

    private static String dead(LoadPhase phase) {
        int dead = phase.stored().deadLettered();
        return dead == 0 ? "" : " (" + count(dead) + " dead-lettered)";
    }

    static String latencies(LatencySummary l) {
        return "p50 " + ms(l.p50Ms()) + ", p95 " + ms(l.p95Ms()) + ", p99 " + ms(l.p99Ms());
    }

    static String ms(double ms) {
        if (ms >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        }
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000);
        }
        if (ms >= 10) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }

    static String rate(double perSecond) {
        return perSecond >= 100
                ? String.format(Locale.ROOT, "%,.0f", perSecond)
                : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    static String one(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
