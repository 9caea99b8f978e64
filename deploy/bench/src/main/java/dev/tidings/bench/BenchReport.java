package dev.tidings.bench;

import dev.tidings.bench.endtoend.StoredArticles;
import dev.tidings.bench.enrichment.EnrichmentCeiling;
import dev.tidings.bench.ingest.IngestLoad;
import dev.tidings.bench.kafka.EventSizes;
import dev.tidings.bench.kafka.KafkaPerformance;
import dev.tidings.bench.profile.FlightRecording;
import dev.tidings.bench.query.QueryBench;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every figure of one benchmark run, as written to the JSON file; {@link BenchTable} prints the same
 * figures. A phase that could not run is null, and the notes say why.
 */
public record BenchReport(
        Meta meta,
        EnrichmentCeiling enrichmentCeiling,
        EventSizes.Summary ingestedEventSizes,
        KafkaPerformance.Figures kafka,
        IngestPhase ingest,
        BatchPhase ingestBatched,
        LoadPhase endToEndFull,
        LoadPhase endToEndHalf,
        List<QueryBench.PathFigures> query,
        List<ProcessCost> cost,
        List<FlightRecording.Summary> profiles,
        List<Target> targets,
        List<String> notes) {

    /**
     * @param loadAverage the machine's 1, 5 and 15 minute load averages, before and after
     * @param packagedAt when each service's packaged jar was built: what was measured
     */
    public record Meta(
            String runId,
            String startedAt,
            String finishedAt,
            String articlesFile,
            int articles,
            int cores,
            String loadAverageBefore,
            String loadAverageAfter,
            String java,
            String stack,
            Map<String, String> endpoints,
            Map<String, String> packagedAt) {}

    /** What ingest answered; latency of the accepted requests. */
    public record IngestSummary(
            int sent,
            int accepted,
            Map<Integer, Integer> byStatus,
            int retries,
            double seconds,
            double acceptedPerSecond,
            LatencySummary latency,
            List<String> problems) {

        public static IngestSummary of(IngestLoad.Result result) {
            return new IngestSummary(
                    result.sent(),
                    result.accepted(),
                    result.byStatus(),
                    result.retries(),
                    result.seconds(),
                    result.acceptedPerSecond(),
                    result.latency(),
                    result.problems());
        }
    }

    /**
     * @param enrichmentPaused enrichment-service was stopped (SIGSTOP) while the articles were posted,
     *     so ingest and the broker had the machine to themselves
     * @param backlogDrain once enrichment resumed: from its resumption to the last of these articles
     *     stored, i.e. enrichment and query working through a backlog with no HTTP load
     */
    public record IngestPhase(
            int concurrency, boolean enrichmentPaused, IngestSummary ingest, StoredArticles.Summary backlogDrain) {}

    /**
     * Ingest taking batches ({@code POST /v1/articles/batch}) with enrichment paused, at the end of
     * the run so that its backlog is never enriched: the articles counted one by one.
     *
     * @param kafkaAlongside Kafka's own producer at the same record size, measured right after the
     *     batches: on a shared machine the load moves within a run, so this is the limit the batched
     *     rate is held against (phase 3's figure when it could not be measured)
     */
    public record BatchPhase(
            int batchSize,
            int concurrency,
            boolean enrichmentPaused,
            IngestSummary ingest,
            KafkaPerformance.ProducerFigures kafkaAlongside) {}

    /**
     * @param offeredPerSecond the paced rate, 0 for as fast as {@code concurrency} allows
     * @param stored from the first POST to the last article stored; latency ingested_at to stored_at
     */
    public record LoadPhase(
            String load,
            int articles,
            double offeredPerSecond,
            int concurrency,
            IngestSummary ingest,
            StoredArticles.Summary stored) {}

    /**
     * @param cpuSeconds user plus system CPU over the full-load phase (PostgreSQL: all its processes)
     * @param peakRssMiB VmHWM over the process's life; PostgreSQL: the largest sampled proportional set
     *     size of all its processes
     */
    public record ProcessCost(
            String process, long pid, double cpuSeconds, double cpuSecondsPerArticle, double peakRssMiB) {}

    /**
     * @param value null when it was not measured
     * @param limit what the figure is held against (for an absolute target, the target itself)
     * @param ratio value / limit
     * @param pass null when a figure is missing
     */
    public record Target(
            String name,
            Double value,
            String unit,
            String limitName,
            Double limit,
            String rule,
            Double ratio,
            Boolean pass) {}

    /**
     * The targets, each from the figures of this run: end to end against the enrichment ceiling and
     * against 100/s, batched ingest against Kafka's producer and against single posts, the p99 at
     * half load, enrichment against the bare CRF.
     */
    public static List<Target> targets(
            EnrichmentCeiling ceiling,
            KafkaPerformance.Figures kafka,
            IngestPhase ingest,
            BatchPhase batched,
            LoadPhase full,
            LoadPhase half) {
        List<Target> targets = new ArrayList<>();
        Double fullRate = full == null ? null : full.stored().perSecond();
        targets.add(atLeast(
                "end to end ≥ 0.8 × enrichment ceiling",
                fullRate,
                "articles/s",
                "enrichment ceiling, pages/s",
                ceiling == null ? null : ceiling.pagesPerSecond(),
                0.8));
        targets.add(atLeast("end to end ≥ 100 articles/s", fullRate, "articles/s", "target", 100.0, 1.0));
        Double batchedRate = batched == null ? null : batched.ingest().acceptedPerSecond();
        KafkaPerformance.ProducerFigures producer = batched != null && batched.kafkaAlongside() != null
                ? batched.kafkaAlongside()
                : kafka == null ? null : kafka.producer();
        targets.add(atLeast(
                "batched accept rate ≥ 0.5 × Kafka producer",
                batchedRate,
                "articles/s",
                "Kafka producer, records/s",
                producer == null ? null : producer.recordsPerSecond(),
                0.5));
        Double p99 = half == null || half.stored().latency().count() == 0
                ? null
                : half.stored().latency().p99Ms() / 1000;
        targets.add(new Target(
                "ingest→queryable p99 ≤ 2 s at half load",
                p99,
                "s",
                "target",
                2.0,
                "≤ 1.0 × limit",
                p99 == null ? null : p99 / 2.0,
                p99 == null ? null : p99 <= 2.0));
        targets.add(atLeast(
                "batched accept rate ≥ 10 × single posts",
                batchedRate,
                "articles/s",
                "single posts, 202/s",
                ingest == null ? null : ingest.ingest().acceptedPerSecond(),
                10));
        targets.add(atLeast(
                "enrichment ≥ 0.8 × bare CRF tokens/s",
                ceiling == null || ceiling.tokensPerSecond() == 0 ? null : ceiling.tokensPerSecond(),
                "tokens/s",
                "bare CoreNLP CRF, tokens/s",
                ceiling == null || ceiling.bareTokensPerSecond() == 0 ? null : ceiling.bareTokensPerSecond(),
                0.8));
        return targets;
    }

    private static Target atLeast(
            String name, Double value, String unit, String limitName, Double limit, double factor) {
        boolean known = value != null && limit != null && limit > 0;
        Double ratio = known ? value / limit : null;
        return new Target(
                name,
                value,
                unit,
                limitName,
                limit,
                String.format(Locale.ROOT, "≥ %.1f × limit", factor),
                ratio,
                known ? ratio >= factor : null);
    }
}
