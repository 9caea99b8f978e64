package dev.tidings.enrichment.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-shingle precision and recall of an extracted text against the expected one, the way
 * main-text extraction benchmarks score: both texts become lower-case words (runs of letters, marks
 * and digits; everything else separates), then overlapping runs of {@value #SIZE} words, counted as
 * a multiset. Precision is the share of the extracted shingles found in the expected text, recall
 * the share of the expected shingles found in the extracted one. A text of fewer than {@value #SIZE}
 * words is one shingle of all its words.
 *
 * @param matched shingles in both (the smaller count of each)
 * @param predicted shingles of the extracted text
 * @param expected shingles of the expected text
 */
record ShingleScore(long matched, long predicted, long expected) {

    static final int SIZE = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    static ShingleScore of(String extracted, String expectedText) {
        Map<String, Integer> predicted = shingles(extracted);
        Map<String, Integer> expected = shingles(expectedText);
        long matched = 0;
        for (Map.Entry<String, Integer> shingle : predicted.entrySet()) {
            matched += Math.min(shingle.getValue(), expected.getOrDefault(shingle.getKey(), 0));
        }
        return new ShingleScore(matched, total(predicted), total(expected));
    }

    /** An empty extraction of an empty expected text is right; of anything else, wrong. */
    double precision() {
        return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) matched / predicted;
    }

    double recall() {
        return expected == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / expected;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    ShingleScore plus(ShingleScore other) {
        return new ShingleScore(matched + other.matched, predicted + other.predicted, expected + other.expected);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> words = words(text);
        Map<String, Integer> shingles = new HashMap<>();
        if (words.isEmpty()) {
            return shingles;
        }
        int last = Math.max(0, words.size() - SIZE);
        for (int i = 0; i <= last; i++) {
            String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SIZE)));
            shingles.merge(shingle, 1, Integer::sum);
        }
        return shingles;
    }

    private static long total(Map<String, Integer> shingles) {
        long total = 0;
        for (int count : shingles.values()) {
            total += count;
        }
        return total;
    }
}
