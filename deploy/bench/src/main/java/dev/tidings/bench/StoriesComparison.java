package dev.tidings.bench;

import dev.tidings.bench.BenchReport.LoadPhase;
import dev.tidings.bench.BenchReport.ProcessCost;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * {@code bench.sh --stories on,off} (issue 16's cost goal: the end-to-end rate with stories at least
 * 0.9 times the rate without them, in the same run): the full-load phase once per mode, each on a
 * fresh stack, as written to the JSON file and printed.
 *
 * @param onPerSecond the mean end-to-end rate of the runs with stories; NaN if none ran
 * @param ratio {@code onPerSecond / offPerSecond}; NaN unless both modes ran
 */
public record StoriesComparison(
        BenchReport.Meta meta,
        int warmUpArticles,
        List<Run> runs,
        double onPerSecond,
        double offPerSecond,
        double ratio,
        List<String> notes) {

    /** The goal for {@link #ratio}. */
    public static final double TARGET = 0.9;

    /**
     * One mode on its own fresh stack.
     *
     * @param stories {@code on} or {@code off} ({@code TIDINGS_QUERY_STORIES_ENABLED})
     * @param articlesWithStory the stack's stored articles with a story at the end (warm-up included):
     *     all of them with stories on, none with them off
     * @param cost each process's CPU over the full-load phase
     */
    public record Run(
            String stories,
            String loadAverageBefore,
            String loadAverageAfter,
            LoadPhase full,
            int articlesWithStory,
            int articlesStored,
            List<ProcessCost> cost) {}

    public static StoriesComparison of(BenchReport.Meta meta, int warmUp, List<Run> runs, List<String> notes) {
        double on = meanRate(runs, "on");
        double off = meanRate(runs, "off");
        return new StoriesComparison(meta, warmUp, List.copyOf(runs), on, off, on / off, List.copyOf(notes));
    }

    private static double meanRate(List<Run> runs, String mode) {
        OptionalDouble mean = runs.stream()
                .filter(run -> run.stories().equals(mode))
                .mapToDouble(run -> run.full().stored().perSecond())
                .average();
        return mean.orElse(Double.NaN);
    }

    /** The table {@code bench.sh} prints at the end. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Stories on and off, run %s: %,d articles end to end per mode after %,d of warm-up, %d cores,"
                        + " load average %s at the start, %s at the end%n",
                meta.runId(),
                meta.articles(),
                warmUpArticles,
                meta.cores(),
                meta.loadAverageBefore(),
                meta.loadAverageAfter()));
        out.append(String.format(
                Locale.ROOT,
                "%-8s %11s %9s %9s %19s %13s %12s  %s%n",
                "stories",
                "articles/s",
                "p50 s",
                "p99 s",
                "enr→stored p50/p99",
                "with story",
                "load",
                "CPU ms per article"));
        for (Run run : runs) {
            StringBuilder cpu = new StringBuilder();
            double sum = 0;
            for (ProcessCost cost : run.cost()) {
                double ms = cost.cpuSecondsPerArticle() * 1000;
                sum += ms;
                cpu.append(String.format(Locale.ROOT, "%s %.1f, ", cost.process(), ms));
            }
            cpu.append(String.format(Locale.ROOT, "sum %.1f", sum));
            out.append(String.format(
                    Locale.ROOT,
                    "%-8s %11.1f %9.2f %9.2f %19s %13s %12s  %s%n",
                    run.stories(),
                    run.full().stored().perSecond(),
                    run.full().stored().latency().p50Ms() / 1000,
                    run.full().stored().latency().p99Ms() / 1000,
                    // Query-service's lag behind enrichment: where a slower store would show.
                    String.format(
                            Locale.ROOT,
                            "%.2f/%.2f",
                            run.full().stored().enrichedToStored().p50Ms() / 1000,
                            run.full().stored().enrichedToStored().p99Ms() / 1000),
                    String.format(Locale.ROOT, "%,d/%,d", run.articlesWithStory(), run.articlesStored()),
                    run.loadAverageBefore().split(" ")[0] + "→"
                            + run.loadAverageAfter().split(" ")[0],
                    cpu));
        }
        if (!Double.isNaN(ratio)) {
            out.append(String.format(
                    Locale.ROOT,
                    "end-to-end rate with stories / without: %.1f / %.1f articles/s = %.3f (target ≥ %.1f: %s)%n",
                    onPerSecond,
                    offPerSecond,
                    ratio,
                    TARGET,
                    ratio >= TARGET ? "PASS" : "FAIL"));
        }
        for (String note : notes) {
            out.append("note: ").append(note).append(System.lineSeparator());
        }
        return out.toString();
    }
}
