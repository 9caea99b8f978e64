package dev.tidings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.bench.BenchReport.IngestPhase;
import dev.tidings.bench.BenchReport.IngestSummary;
import dev.tidings.bench.BenchReport.LoadPhase;
import dev.tidings.bench.BenchReport.Target;
import dev.tidings.bench.endtoend.StoredArticles;
import dev.tidings.bench.enrichment.EnrichmentCeiling;
import dev.tidings.bench.kafka.KafkaPerformance;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTests {
    private static final EnrichmentCeiling CEILING = new EnrichmentCeiling(
            "in-process",
            300,
            60_000,
            2,
            50,
            10_000,
            60,
            11_000,
            40,
            50,
            10,
            List.of(6.0),
            List.of(5.0),
            List.of(6.0),
            List.of(5.0),
            List.of("entity"),
            "own",
            0,
            null);
    private static final KafkaPerformance.Figures KAFKA = new KafkaPerformance.Figures(
            "scratch",
            3,
            new KafkaPerformance.ProducerFigures(50_000, 2000, 40_000, 76, 100, 90, 300, 400, List.of("acks=all")),
            new KafkaPerformance.ConsumerFigures(50_000, 90_000, 170, 60_000));

    @Test
    void eachTargetIsHeldAgainstTheLimitUnderneath() {
        List<Target> targets =
                BenchReport.targets(CEILING, KAFKA, ingest(2_000), batched(25_000), load(45, 900), load(22.5, 1_500));

        assertEquals(
                List.of(true, false, true, true, true, true),
                targets.stream().map(Target::pass).toList());
        assertEquals(0.9, targets.get(0).ratio(), 1e-9);
        assertEquals(0.45, targets.get(1).ratio(), 1e-9);
        assertEquals(0.625, targets.get(2).ratio(), 1e-9);
        assertEquals(1.5, targets.get(3).value(), 1e-9);
        assertEquals(12.5, targets.get(4).ratio(), 1e-9);
        assertEquals(10_000.0 / 11_000, targets.get(5).ratio(), 1e-9);
    }

    @Test
    void theBatchedRateIsHeldAgainstKafkaMeasuredAlongsideIt() {
        KafkaPerformance.ProducerFigures alongside =
                new KafkaPerformance.ProducerFigures(50_000, 2000, 50_000, 95, 100, 90, 300, 400, List.of("acks=all"));
        BenchReport.BatchPhase batched = new BenchReport.BatchPhase(1000, 4, true, summary(25_000), alongside);

        Target target = BenchReport.targets(CEILING, KAFKA, ingest(2_000), batched, load(45, 900), load(22.5, 1_500))
                .get(2);

        assertEquals(50_000, target.limit(), 1e-9);
        assertEquals(0.5, target.ratio(), 1e-9);
    }

    @Test
    void aMissingFigureIsNeitherPassNorFail() {
        List<Target> targets = BenchReport.targets(null, null, null, null, null, null);

        targets.forEach(target -> assertNull(target.pass(), target.name()));
        targets.forEach(target -> assertNull(target.ratio(), target.name()));
    }

    @Test
    void theTablePutsEachFigureBesideItsLimitAndVerdict() {
        BenchReport report = new BenchReport(
                new BenchReport.Meta(
                        "run1",
                        "t0",
                        "t1",
                        "corpus.jsonl",
                        3000,
                        2,
                        "1.0 1.0 1.0",
                        "2.0 2.0 2.0",
                        "JDK",
                        "started",
                        Map.of(),
                        Map.of()),
                CEILING,
                null,
                KAFKA,
                ingest(2_000),
                batched(10_000),
                load(45, 900),
                load(22.5, 2_500),
                List.of(),
                List.of(new BenchReport.ProcessCost("enrichment-service", 42, 60, 0.02, 700)),
                List.of(),
                BenchReport.targets(CEILING, KAFKA, ingest(2_000), batched(10_000), load(45, 900), load(22.5, 2_500)),
                List.of("a note"));

        String table = BenchTable.render(report);

        assertTrue(table.contains("Targets met: 2 of 6"), table);
        assertTrue(
                table.lines()
                        .anyMatch(l -> l.startsWith("Batched accept rate")
                                && l.contains("Kafka producer 40,000")
                                && l.endsWith("FAIL")),
                table);
        assertTrue(
                table.lines()
                        .anyMatch(l -> l.contains("against single posts")
                                && l.contains("single posts 2,000")
                                && l.endsWith("FAIL")),
                table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("Single posts accept rate")), table);
        assertTrue(
                table.lines()
                        .anyMatch(l -> l.startsWith("Half load") && l.contains("p99 2.50 s") && l.endsWith("FAIL")),
                table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("Full load") && l.endsWith("PASS")), table);
        assertTrue(table.contains("20.00 ms CPU/article, peak 700 MiB"), table);
        assertTrue(table.contains("note: a note"), table);
    }

    private static IngestPhase ingest(double perSecond) {
        return new IngestPhase(32, true, summary(perSecond), null);
    }

    private static BenchReport.BatchPhase batched(double perSecond) {
        return new BenchReport.BatchPhase(1000, 4, true, summary(perSecond), null);
    }

    private static LoadPhase load(double perSecond, double p99Ms) {
        StoredArticles.Summary stored = new StoredArticles.Summary(
                3000,
                0,
                Instant.EPOCH,
                3000 / perSecond,
                perSecond,
                new LatencySummary(3000, 1, 1, 1, p99Ms, p99Ms),
                LatencySummary.EMPTY,
                LatencySummary.EMPTY);
        return new LoadPhase("full", 3000, 0, 32, summary(1000), stored);
    }

    private static IngestSummary summary(double perSecond) {
        return new IngestSummary(
                3000, 3000, Map.of(202, 3000), 0, 3000 / perSecond, perSecond, LatencySummary.EMPTY, List.of());
    }
}
