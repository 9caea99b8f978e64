package dev.tidings.bench.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class KafkaPerformanceTests {

    @Test
    void theProducerSummaryIsTheLineWithPercentiles() {
        List<String> output = List.of(
                "112345 records sent, 22469.0 records/sec (51.43 MB/sec), 410.2 ms avg latency, 901.0 ms max latency.",
                "200000 records sent, 41152.263374 records/sec (94.19 MB/sec), 351.52 ms avg latency, 901.00 ms max"
                        + " latency, 312 ms 50th, 788 ms 95th, 850 ms 99th, 897 ms 99.9th.");

        KafkaPerformance.ProducerFigures figures = KafkaPerformance.producerFigures(output, 2400);

        assertEquals(200_000, figures.records());
        assertEquals(41152.263374, figures.recordsPerSecond(), 1e-6);
        assertEquals(94.19, figures.mbPerSecond(), 1e-9);
        assertEquals(312, figures.p50Ms());
        assertEquals(850, figures.p99Ms());
        assertEquals(901, figures.maxLatencyMs());
        assertEquals(2400, figures.recordBytes());
    }

    @Test
    void theConsumerFiguresAreReadByColumnName() {
        List<String> output = List.of(
                "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec,"
                        + " rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec",
                "2026-11-28 18:00:00:000, 2026-11-28 18:00:04:000, 114.4409, 28.6102, 50000, 12500.0000, 3000,"
                        + " 1000, 114.4409, 50000.0000");

        KafkaPerformance.ConsumerFigures figures = KafkaPerformance.consumerFigures(output);

        assertEquals(50_000, figures.records());
        assertEquals(50_000.0, figures.recordsPerSecond());
        assertEquals(12_500.0, figures.overallRecordsPerSecond());
        assertEquals(114.4409, figures.mbPerSecond(), 1e-9);
    }

    @Test
    void outputWithoutFiguresIsAnError() {
        List<String> output = List.of("ERROR could not connect");

        assertThrows(IllegalStateException.class, () -> KafkaPerformance.producerFigures(output, 1));
        assertThrows(IllegalStateException.class, () -> KafkaPerformance.consumerFigures(output));
    }

    @Test
    void theMedianEventSizeIsTheLowerMiddle() {
        assertEquals(new EventSizes.Summary(4, 20, 25, 40), EventSizes.summarise(List.of(40, 10, 30, 20)));
        assertEquals(new EventSizes.Summary(0, 0, 0, 0), EventSizes.summarise(List.of()));
    }
}
