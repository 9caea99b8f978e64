package dev.tidings.query.story.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * How well a grouping of items matches the gold grouping: BCubed precision, recall and F1 (Bagga and
 * Baldwin 1998; Amigó et al. 2009: the mean over items of the share of an item's predicted group that
 * is in its gold group, and the reverse), and pairwise precision, recall and F1 (over pairs of items
 * put together). Only items present in both maps count.
 */
record ClusterScores(
        int items,
        int predictedGroups,
        int goldGroups,
        double bcubedPrecision,
        double bcubedRecall,
        double pairPrecision,
        double pairRecall) {

    double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    static <T> ClusterScores of(Map<T, String> predicted, Map<T, String> gold) {
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        int items = 0;
        for (var entry : predicted.entrySet()) {
            String goldGroup = gold.get(entry.getKey());
            if (goldGroup == null || entry.getValue() == null) {
                continue;
            }
            items++;
            predictedSizes.merge(entry.getValue(), 1, Integer::sum);
            goldSizes.merge(goldGroup, 1, Integer::sum);
            both.merge(entry.getValue() + "\u0000" + goldGroup, 1, Integer::sum);
        }
        // For an item in cell (p, g) of n items: precision n / |p|, recall n / |g|; each of the n counts.
        double precision = 0;
        double recall = 0;
        long truePairs = 0;
        for (var cell : both.entrySet()) {
            String[] groups = cell.getKey().split("\u0000", 2);
            int n = cell.getValue();
            precision += (double) n * n / predictedSizes.get(groups[0]);
            recall += (double) n * n / goldSizes.get(groups[1]);
            truePairs += pairs(n);
        }
        long predictedPairs =
                predictedSizes.values().stream().mapToLong(ClusterScores::pairs).sum();
        long goldPairs =
                goldSizes.values().stream().mapToLong(ClusterScores::pairs).sum();
        return new ClusterScores(
                items,
                predictedSizes.size(),
                goldSizes.size(),
                items == 0 ? 0 : precision / items,
                items == 0 ? 0 : recall / items,
                predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs,
                goldPairs == 0 ? 1 : (double) truePairs / goldPairs);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
