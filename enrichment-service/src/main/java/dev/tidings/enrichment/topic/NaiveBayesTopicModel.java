package dev.tidings.enrichment.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A multinomial naive Bayes model over {@link TopicTerms}: per topic, how often each term occurs
 * in the training articles of that topic.
 *
 * <p>The file keeps raw counts (not probabilities), so it is small, diffable and exactly
 * reproducible by the trainer; the log-probabilities are computed once when it is loaded.
 *
 * <p>Naive Bayes is famously overconfident on long texts: each repeated word multiplies the odds
 * again. The posterior therefore looks at an article as if it had at most {@link #length()} terms
 * (the evidence of a longer article is scaled down to that many), a value the trainer picks by
 * cross-validated log-loss so that a posterior of 0.8 is right about 80% of the time.
 */
public final class NaiveBayesTopicModel {

    public static final String RESOURCE = "/topic/masakhanews-naive-bayes.tsv";

    private final List<String> classes;
    private final int[] documents;
    private final double smoothing;
    private final double length;
    private final TreeMap<String, int[]> counts;
    private final double[] logPrior;
    private final Map<String, double[]> logLikelihood;

    private NaiveBayesTopicModel(
            List<String> classes, int[] documents, double smoothing, double length, TreeMap<String, int[]> counts) {
        this.classes = List.copyOf(classes);
        this.documents = documents.clone();
        this.smoothing = smoothing;
        this.length = length;
        this.counts = counts;
        int k = classes.size();
        long allDocuments = 0;
        for (int d : documents) {
            allDocuments += d;
        }
        logPrior = new double[k];
        for (int c = 0; c < k; c++) {
            logPrior[c] = Math.log((double) documents[c] / allDocuments);
        }
        long[] totals = new long[k];
        for (int[] row : counts.values()) {
            for (int c = 0; c < k; c++) {
                totals[c] += row[c];
            }
        }
        int vocabulary = counts.size();
        logLikelihood = new HashMap<>(vocabulary * 2);
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            double[] logs = new double[k];
            for (int c = 0; c < k; c++) {
                logs[c] = Math.log((entry.getValue()[c] + smoothing) / (totals[c] + smoothing * vocabulary));
            }
            logLikelihood.put(entry.getKey(), logs);
        }
    }

    /** The shipped model, trained on MasakhaNEWS English. */
    public static NaiveBayesTopicModel load() {
        return MediaTopicVocabulary.TsvResource.parse(RESOURCE, NaiveBayesTopicModel::read);
    }

    /**
     * Counts the terms of labelled articles.
     *
     * @param classes the topic codes, in the order the labels index them
     * @param articles each article's terms
     * @param labels each article's topic, an index into {@code classes}
     * @param minDocuments a term is kept only if at least this many articles contain it, which
     *     drops typos and one-off names that only add noise and size
     */
    public static NaiveBayesTopicModel train(
            List<String> classes,
            List<List<String>> articles,
            int[] labels,
            double smoothing,
            double length,
            int minDocuments) {
        int k = classes.size();
        int[] documents = new int[k];
        Map<String, int[]> all = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            int label = labels[i];
            documents[label]++;
            Set<String> seen = new HashSet<>();
            for (String term : articles.get(i)) {
                all.computeIfAbsent(term, t -> new int[k])[label]++;
                if (seen.add(term)) {
                    documentFrequency.merge(term, 1, Integer::sum);
                }
            }
        }
        TreeMap<String, int[]> kept = new TreeMap<>();
        all.forEach((term, row) -> {
            if (documentFrequency.get(term) >= minDocuments) {
                kept.put(term, row);
            }
        });
        return new NaiveBayesTopicModel(classes, documents, smoothing, length, kept);
    }

    /** The same counts, looking at an article through a different {@code length}. */
    public NaiveBayesTopicModel withLength(double newLength) {
        return new NaiveBayesTopicModel(classes, documents, smoothing, newLength, counts);
    }

    public static NaiveBayesTopicModel read(BufferedReader reader) throws IOException {
        List<String> classes = null;
        int[] documents = null;
        double smoothing = Double.NaN;
        double length = Double.NaN;
        TreeMap<String, int[]> counts = new TreeMap<>();
        for (String[] row : MediaTopicVocabulary.TsvResource.rows(reader)) {
            switch (row[0]) {
                case "=classes" -> classes = List.of(row).subList(1, row.length);
                case "=documents" -> documents = ints(row);
                case "=smoothing" -> smoothing = Double.parseDouble(row[1]);
                case "=length" -> length = Double.parseDouble(row[1]);
                default -> counts.put(row[0], ints(row));
            }
        }
        if (classes == null || documents == null || Double.isNaN(smoothing) || Double.isNaN(length)) {
            throw new IOException("Model file lacks its =classes, =documents, =smoothing or =length line");
        }
        return new NaiveBayesTopicModel(classes, documents, smoothing, length, counts);
    }

    /** Writes the model in the format {@link #read} reads; the same model always gives the same bytes. */
    public void write(Appendable out, List<String> comments) throws IOException {
        for (String comment : comments) {
            out.append("# ").append(comment).append('\n');
        }
        out.append("=classes\t").append(String.join("\t", classes)).append('\n');
        out.append("=documents");
        for (int d : documents) {
            out.append('\t').append(Integer.toString(d));
        }
        out.append('\n');
        out.append("=smoothing\t").append(format(smoothing)).append('\n');
        out.append("=length\t").append(format(length)).append('\n');
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            out.append(entry.getKey());
            for (int count : entry.getValue()) {
                out.append('\t').append(Integer.toString(count));
            }
            out.append('\n');
        }
    }

    /** The topic codes the posterior is indexed by. */
    public List<String> classes() {
        return classes;
    }

    public double smoothing() {
        return smoothing;
    }

    public double length() {
        return length;
    }

    public int vocabularySize() {
        return counts.size();
    }

    /** P(topic | terms), indexed like {@link #classes()}; the prior alone if no term is known. */
    public double[] posterior(List<String> terms) {
        int k = classes.size();
        double[] sum = new double[k];
        int known = 0;
        for (String term : terms) {
            double[] logs = logLikelihood.get(term);
            if (logs != null) {
                known++;
                for (int c = 0; c < k; c++) {
                    sum[c] += logs[c];
                }
            }
        }
        double scale = known > length ? length / known : 1.0;
        double[] scores = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            scores[c] = logPrior[c] + scale * sum[c];
            max = Math.max(max, scores[c]);
        }
        double total = 0;
        for (int c = 0; c < k; c++) {
            scores[c] = Math.exp(scores[c] - max);
            total += scores[c];
        }
        for (int c = 0; c < k; c++) {
            scores[c] /= total;
        }
        return scores;
    }

    private static int[] ints(String[] row) {
        int[] values = new int[row.length - 1];
        for (int i = 1; i < row.length; i++) {
            values[i - 1] = Integer.parseInt(row[i]);
        }
        return values;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
