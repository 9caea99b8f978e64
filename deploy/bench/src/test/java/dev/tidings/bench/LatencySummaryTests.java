package dev.tidings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTests {

    @Test
    void percentilesAreNearestRankNeverInterpolated() {
        // 1..100 ms in nanoseconds, shuffled order does not matter.
        long[] nanos =
                LongStream.rangeClosed(1, 100).map(ms -> (101 - ms) * 1_000_000).toArray();

        LatencySummary summary = LatencySummary.ofNanos(nanos);

        assertEquals(100, summary.count());
        assertEquals(50.0, summary.p50Ms());
        assertEquals(95.0, summary.p95Ms());
        assertEquals(99.0, summary.p99Ms());
        assertEquals(100.0, summary.maxMs());
        assertEquals(50.5, summary.meanMs(), 1e-9);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        LatencySummary summary = LatencySummary.ofNanos(new long[] {7_000_000});

        assertEquals(7.0, summary.p50Ms());
        assertEquals(7.0, summary.p99Ms());
    }

    @Test
    void noSamplesGiveZeroes() {
        assertEquals(LatencySummary.EMPTY, LatencySummary.ofNanos(new long[0]));
    }
}
