package dev.tidings.enrichment.eval;

import dev.tidings.enrichment.dedup.SimHashFingerprinter;
import dev.tidings.enrichment.eval.TopicDataSets.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Measures the SimHash near-duplicate test on pairs made from real articles (MasakhaNEWS English,
 * then Reuters-21578), read by path:
 *
 * <ul>
 *   <li>positives: an exact copy (as if under another URL); copies with 5%, 10% and 20% of their
 *       words edited (each edit a replacement, deletion or insertion of a word drawn from the set's
 *       vocabulary); a copy whose first sentence is replaced by another article's, plus 5% edits;
 *   <li>negatives: the article paired with an unrelated article on the same topic (MasakhaNEWS
 *       label, first Reuters topic), the hardest kind of non-duplicate.
 * </ul>
 *
 * <p>For the shipped features (single words without function words) and three alternatives (with
 * function words, 2-word shingles, the classic 3-word shingles) it prints recall per positive class, the false-positive rate on
 * negatives and precision, by Hamming-distance threshold. A fixed random seed makes it repeatable.
 * Run it through {@code TopicEvaluation near-duplicates}.
 */
public final class NearDuplicateEvaluation {

    static final int SOURCES = 500;
    static final long SEED = 20261128L;
    static final int[] THRESHOLDS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12};

    private NearDuplicateEvaluation() {}

    record Pair(String kind, boolean duplicate, String a, String b) {}

    public static void main(String[] args) throws IOException {
        List<Article> masakha = TopicDataSets.masakhaNews();
        report("MasakhaNEWS English", pairs(masakha, a -> a.labels().get(0)));
        List<Article> reuters = TopicDataSets.reuters();
        report(
                "Reuters-21578 (articles with topics)",
                pairs(reuters, a -> a.labels().get(0)));
    }

    interface Topic {
        String of(Article article);
    }

    static List<Pair> pairs(List<Article> articles, Topic topic) {
        Random random = new Random(SEED);
        List<String> vocabulary = new ArrayList<>();
        Map<String, List<Article>> byTopic = new HashMap<>();
        for (Article article : articles) {
            byTopic.computeIfAbsent(topic.of(article), t -> new ArrayList<>()).add(article);
            for (String word : article.body().split("\\s+")) {
                if (!word.isEmpty() && vocabulary.size() < 200_000) {
                    vocabulary.add(word);
                }
            }
        }
        List<Article> sources = new ArrayList<>(articles);
        java.util.Collections.shuffle(sources, random);
        List<Pair> pairs = new ArrayList<>();
        int used = 0;
        for (Article source : sources) {
            if (used == SOURCES) {
                break;
            }
            List<Article> sameTopic = byTopic.get(topic.of(source));
            if (sameTopic.size() < 2 || source.body().split("\\s+").length < 40) {
                continue;
            }
            used++;
            String body = source.body();
            pairs.add(new Pair("exact copy", true, body, body));
            pairs.add(new Pair("5% words edited", true, body, edit(body, 0.05, vocabulary, random)));
            pairs.add(new Pair("10% words edited", true, body, edit(body, 0.10, vocabulary, random)));
            pairs.add(new Pair("20% words edited", true, body, edit(body, 0.20, vocabulary, random)));
            Article other = sources.get(random.nextInt(sources.size()));
            pairs.add(new Pair(
                    "new first sentence + 5%",
                    true, body, edit(newLead(body, other.body()), 0.05, vocabulary, random)));
            Article unrelated;
            do {
                unrelated = sameTopic.get(random.nextInt(sameTopic.size()));
            } while (unrelated.id().equals(source.id()) || unrelated.body().equals(body));
            pairs.add(new Pair("same topic, unrelated", false, body, unrelated.body()));
        }
        return pairs;
    }

    /** Edits about {@code share} of the words: each edit replaces, deletes or inserts one word. */
    static String edit(String text, double share, List<String> vocabulary, Random random) {
        List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
        int edits = Math.max(1, (int) Math.round(words.size() * share));
        for (int e = 0; e < edits && !words.isEmpty(); e++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
                case 1 -> words.remove(at);
                default -> words.add(at, vocabulary.get(random.nextInt(vocabulary.size())));
            }
        }
        return String.join(" ", words);
    }

    /** The text with its first sentence (up to the first full stop) replaced by another text's. */
    static String newLead(String text, String other) {
        int end = text.indexOf(". ");
        int otherEnd = other.indexOf(". ");
        String lead = otherEnd > 0 ? other.substring(0, otherEnd + 1) : other;
        return end > 0 ? lead + text.substring(end + 1) : lead + " " + text;
    }

    static void report(String name, List<Pair> pairs) {
        System.out.printf(Locale.ROOT, "%n== Near-duplicates: %s, %d pairs ==%n", name, pairs.size());
        for (int[] variant : new int[][] {{1, 1}, {1, 0}, {2, 1}, {3, 0}}) {
            int shingle = variant[0];
            boolean dropFunctionWords = variant[1] == 1;
            SimHashFingerprinter fingerprinter = new SimHashFingerprinter(shingle, dropFunctionWords);
            Map<String, List<Integer>> distances = new LinkedHashMap<>();
            Map<String, Boolean> positive = new HashMap<>();
            for (Pair pair : pairs) {
                String a = fingerprinter.fingerprint(pair.a()).orElseThrow();
                String b = fingerprinter.fingerprint(pair.b()).orElseThrow();
                distances
                        .computeIfAbsent(pair.kind(), k -> new ArrayList<>())
                        .add(SimHashFingerprinter.hammingDistance(a, b));
                positive.put(pair.kind(), pair.duplicate());
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d-word shingles, function words %s%s: share of pairs within the distance (recall of duplicates,"
                            + " false-positive rate of the rest)%n",
                    shingle,
                    dropFunctionWords ? "dropped" : "kept",
                    shingle == SimHashFingerprinter.DEFAULT_SHINGLE_WORDS && dropFunctionWords ? " (shipped)" : "");
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-26s", "distance <="));
            for (int t : THRESHOLDS) {
                header.append(String.format(Locale.ROOT, "%7d", t));
            }
            System.out.println(header);
            for (Map.Entry<String, List<Integer>> entry : distances.entrySet()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-26s", entry.getKey()));
                for (int t : THRESHOLDS) {
                    line.append(String.format(Locale.ROOT, "%7.3f", within(entry.getValue(), t)));
                }
                System.out.println(line);
            }
            StringBuilder precision = new StringBuilder(String.format(Locale.ROOT, "  %-26s", "precision"));
            StringBuilder recall = new StringBuilder(String.format(Locale.ROOT, "  %-26s", "recall (all duplicates)"));
            for (int t : THRESHOLDS) {
                int tp = 0;
                int fp = 0;
                int positives = 0;
                for (Map.Entry<String, List<Integer>> entry : distances.entrySet()) {
                    int hits =
                            (int) entry.getValue().stream().filter(d -> d <= t).count();
                    if (positive.get(entry.getKey())) {
                        tp += hits;
                        positives += entry.getValue().size();
                    } else {
                        fp += hits;
                    }
                }
                precision.append(String.format(Locale.ROOT, "%7.3f", tp + fp == 0 ? 1.0 : (double) tp / (tp + fp)));
                recall.append(String.format(Locale.ROOT, "%7.3f", (double) tp / positives));
            }
            System.out.println(precision);
            System.out.println(recall);
            List<Integer> negatives = new ArrayList<>();
            distances.forEach((kind, list) -> {
                if (!positive.get(kind)) {
                    negatives.addAll(list);
                }
            });
            System.out.printf(
                    Locale.ROOT,
                    "  smallest distance between unrelated same-topic articles: %d%n",
                    negatives.stream().mapToInt(Integer::intValue).min().orElse(-1));
        }
    }

    private static double within(List<Integer> distances, int threshold) {
        return distances.stream().filter(d -> d <= threshold).count() / (double) distances.size();
    }
}
