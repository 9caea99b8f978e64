package dev.tidings.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies, nearest-rank (the value below which p% of the samples fall,
 * never an interpolation between two of them).
 */
public record LatencySummary(int count, double meanMs, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0);

    public static LatencySummary ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return EMPTY;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        return new LatencySummary(
                sorted.length,
                mean / 1e6,
                percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6,
                percentile(sorted, 99) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    /** The nearest-rank percentile of an ascending array. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(rank, sorted.length) - 1)];
    }
}
