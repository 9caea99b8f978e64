package dev.tidings.query.story.eval;

import dev.tidings.query.story.StoryArticle;
import dev.tidings.query.story.StoryMatcher;
import dev.tidings.query.story.StoryMatcher.KeyRarity;
import dev.tidings.query.story.StoryMatcher.WeightedKey;
import dev.tidings.query.story.StoryRules;
import dev.tidings.query.story.eval.StoryEvaluation.Gold;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How far the similarity the rule scores with can take any grouping of a gold set, whatever the
 * assignment: the share of articles whose most similar other article is in their own story, and the
 * best BCubed F1 of offline agglomerative clustering over all pairs at once (no order, no candidate
 * retrieval, no time), its threshold chosen on half A and also, as a ceiling, on half B itself. If
 * these stay below the goal, no online rule over the same similarity reaches it.
 *
 * <p>Three similarities of two articles: the cosine of their embeddings; their key overlap (the rule's
 * overlap of each against a story of the other alone, the mean of the two directions); and the
 * rule's score, {@code w × cosine + (1 − w) × overlap}. Only articles with an embedding count.
 */
final class SimilarityCeiling {

    private SimilarityCeiling() {}

    /** A similarity of two articles, by their indexes in one half. */
    interface PairScore {
        double of(int a, int b);
    }

    static void report(List<StoryArticle> articles, Map<UUID, Gold> gold, StoryRules rules, PrintStream out) {
        out.println("ceiling of the similarity (articles with an embedding; offline, all pairs, no time):");
        Map<String, double[]> chosenOnA = new LinkedHashMap<>();
        for (String half : List.of("A", "B")) {
            List<StoryArticle> inHalf = articles.stream()
                    .filter(a -> a.hasVector() && gold.get(a.id()).half().equals(half))
                    .toList();
            List<String> stories =
                    inHalf.stream().map(a -> gold.get(a.id()).cluster()).toList();
            Map<String, PairScore> similarities = similarities(inHalf, rules);
            for (var similarity : similarities.entrySet()) {
                float[] matrix = matrix(inHalf.size(), similarity.getValue());
                out.printf(
                        Locale.ROOT,
                        "  half %s, %-11s %5d articles: nearest other article in the same story %.3f%n",
                        half,
                        similarity.getKey(),
                        inHalf.size(),
                        nearestInSameStory(matrix, inHalf.size(), stories));
                for (Linkage linkage : Linkage.values()) {
                    List<Merge> merges = cluster(matrix.clone(), inHalf.size(), linkage);
                    String name = similarity.getKey() + ", " + linkage.name().toLowerCase(Locale.ROOT) + " link";
                    double[] best = best(merges, inHalf.size(), stories);
                    if (half.equals("A")) {
                        chosenOnA.put(name, best);
                    } else {
                        double threshold = chosenOnA.get(name)[0];
                        ClusterScores atA = scores(merges, inHalf.size(), stories, threshold);
                        out.printf(
                                Locale.ROOT,
                                "    %-26s threshold from half A %.2f: half B BCubed F1 %.3f (P %.3f R %.3f)%n",
                                name,
                                threshold,
                                atA.bcubedF1(),
                                atA.bcubedPrecision(),
                                atA.bcubedRecall());
                    }
                    out.printf(
                            Locale.ROOT,
                            "    %-26s best threshold on half %s itself %.2f: BCubed F1 %.3f%n",
                            name,
                            half,
                            best[0],
                            best[1]);
                }
            }
        }
    }

    private static Map<String, PairScore> similarities(List<StoryArticle> articles, StoryRules rules) {
        StoryMatcher matcher = new StoryMatcher(rules);
        Map<String, Long> documentFrequency = new HashMap<>();
        for (StoryArticle article : articles) {
            article.keys().keySet().forEach(key -> documentFrequency.merge(key, 1L, Long::sum));
        }
        KeyRarity rarity = new KeyRarity(articles.size(), documentFrequency);
        List<List<WeightedKey>> keys =
                articles.stream().map(a -> matcher.weigh(a, rarity)).toList();
        // A story of one article holds that article's retrieval keys (StoryMatcher.start), not all of them.
        List<Set<String>> storyKeys = keys.stream()
                .map(k -> k.stream().map(WeightedKey::key).collect(Collectors.toSet()))
                .toList();
        PairScore cosine =
                (a, b) -> dot(articles.get(a).vector(), articles.get(b).vector());
        PairScore overlap =
                (a, b) -> (overlap(keys.get(a), storyKeys.get(b)) + overlap(keys.get(b), storyKeys.get(a))) / 2;
        double w = rules.vectorWeight();
        Map<String, PairScore> similarities = new LinkedHashMap<>();
        similarities.put("embedding", cosine);
        similarities.put("key overlap", overlap);
        similarities.put("rule score", (a, b) -> w * cosine.of(a, b) + (1 - w) * overlap.of(a, b));
        return similarities;
    }

    /** The share of the article's weighted keys found in a story of the other article alone (the rule's overlap). */
    private static double overlap(List<WeightedKey> keys, Set<String> story) {
        double total = 0;
        double shared = 0;
        for (WeightedKey key : keys) {
            total += key.weight();
            if (story.contains(key.key())) {
                shared += key.weight();
            }
        }
        return total > 0 ? shared / total : 0;
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot;
    }

    private static float[] matrix(int n, PairScore score) {
        float[] matrix = new float[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                float s = (float) score.of(a, b);
                matrix[a * n + b] = s;
                matrix[b * n + a] = s;
            }
        }
        return matrix;
    }

    private static double nearestInSameStory(float[] matrix, int n, List<String> stories) {
        int same = 0;
        for (int a = 0; a < n; a++) {
            int nearest = -1;
            for (int b = 0; b < n; b++) {
                if (b != a && (nearest < 0 || matrix[a * n + b] > matrix[a * n + nearest])) {
                    nearest = b;
                }
            }
            if (nearest >= 0 && stories.get(nearest).equals(stories.get(a))) {
                same++;
            }
        }
        return n == 0 ? 0 : (double) same / n;
    }

    /** How the similarity of a merged group to another is computed from its two parts'. */
    enum Linkage {
        AVERAGE,
        COMPLETE
    }

    /** Groups {@code a} and {@code b} (indexes of their first members) joined at this similarity. */
    record Merge(int a, int b, double similarity) {}

    /**
     * Agglomerative clustering by the nearest-neighbour chain (Murtagh 1983): O(n²) time, exact for
     * average and complete linkage, whose merge similarities never increase along the dendrogram, so
     * that cutting at a threshold is applying every merge at or above it.
     */
    static List<Merge> cluster(float[] similarity, int n, Linkage linkage) {
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] chain = new int[n];
        int length = 0;
        List<Merge> merges = new ArrayList<>();
        int remaining = n;
        int next = 0;
        while (remaining > 1) {
            if (length == 0) {
                while (!active[next]) {
                    next++;
                }
                chain[length++] = next;
            }
            int a = chain[length - 1];
            int previous = length > 1 ? chain[length - 2] : -1;
            int nearest = previous;
            for (int b = 0; b < n; b++) {
                if (active[b] && b != a && (nearest < 0 || similarity[a * n + b] > similarity[a * n + nearest])) {
                    nearest = b;
                }
            }
            if (nearest != previous) {
                chain[length++] = nearest;
                continue;
            }
            length -= 2;
            merges.add(new Merge(a, previous, similarity[a * n + previous]));
            for (int k = 0; k < n; k++) {
                if (active[k] && k != a && k != previous) {
                    float sa = similarity[a * n + k];
                    float sb = similarity[previous * n + k];
                    float joined = linkage == Linkage.AVERAGE
                            ? (sa * size[a] + sb * size[previous]) / (size[a] + size[previous])
                            : Math.min(sa, sb);
                    similarity[a * n + k] = joined;
                    similarity[k * n + a] = joined;
                }
            }
            size[a] += size[previous];
            active[previous] = false;
            remaining--;
        }
        return merges;
    }

    /** The threshold with the best BCubed F1 (of 0.05, 0.06, … 0.95) and that F1. */
    private static double[] best(List<Merge> merges, int n, List<String> stories) {
        double[] best = {0, -1};
        for (int step = 5; step <= 95; step++) {
            double threshold = step / 100.0;
            double f1 = scores(merges, n, stories, threshold).bcubedF1();
            if (f1 > best[1]) {
                best = new double[] {threshold, f1};
            }
        }
        return best;
    }

    private static ClusterScores scores(List<Merge> merges, int n, List<String> stories, double threshold) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Merge merge : merges) {
            if (merge.similarity() >= threshold) {
                parent[root(parent, merge.b())] = root(parent, merge.a());
            }
        }
        Map<Integer, String> predicted = new HashMap<>();
        Map<Integer, String> expected = new HashMap<>();
        for (int i = 0; i < n; i++) {
            predicted.put(i, String.valueOf(root(parent, i)));
            expected.put(i, stories.get(i));
        }
        return ClusterScores.of(predicted, expected);
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }
}
