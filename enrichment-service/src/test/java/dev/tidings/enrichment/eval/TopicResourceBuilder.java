package dev.tidings.enrichment.eval;

import dev.tidings.enrichment.eval.TopicDataSets.Article;
import dev.tidings.enrichment.keyword.KeywordTerms;
import dev.tidings.enrichment.topic.NaiveBayesTopicModel;
import dev.tidings.enrichment.topic.TopicTerms;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the two shipped resources that are learned from data, both from MasakhaNEWS English
 * (AFL-3.0) only, never from Reuters (research only):
 *
 * <ul>
 *   <li>{@code topic/masakhanews-naive-bayes.tsv}: the naive Bayes topic model, trained on the fixed
 *       training split ({@link TopicDataSets#isHeldOut}), its smoothing and length chosen by 5-fold
 *       cross-validation inside the training split;
 *   <li>{@code keyword/document-frequencies.tsv}: the background document frequencies of word stems
 *       over the whole set.
 * </ul>
 *
 * <p>Deterministic: the same data gives byte-identical files. Run from the repository root:
 *
 * <pre>
 * ./mvnw -pl enrichment-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.tidings.enrichment.eval.TopicResourceBuilder
 * </pre>
 */
public final class TopicResourceBuilder {

    static final int MIN_DOCUMENTS = 2;
    static final double[] SMOOTHINGS = {0.02, 0.05, 0.1, 0.2, 0.5, 1.0};
    static final double[] LENGTHS = {5, 10, 15, 20, 30, 40, 60, 80, 120, 200, 400, 1e9};
    static final int FOLDS = 5;
    /** Headline terms count twice, in training as in {@code TopicClassifier}. */
    static final int TITLE_WEIGHT = 2;

    private TopicResourceBuilder() {}

    public static void main(String[] args) throws IOException {
        Path module = Path.of(System.getProperty("tidings.module.dir", "enrichment-service"));
        Path resources = module.resolve("src/main/resources");
        List<Article> all = TopicDataSets.masakhaNews();
        buildTopicModel(all, resources.resolve("topic/masakhanews-naive-bayes.tsv"));
        buildDocumentFrequencies(all, resources.resolve("keyword/document-frequencies.tsv"));
    }

    static List<String> modelTerms(TopicTerms terms, String title, String body) {
        List<String> titleTerms = terms.of(title);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < TITLE_WEIGHT; i++) {
            result.addAll(titleTerms);
        }
        result.addAll(terms.of(body));
        return result;
    }

    private static void buildTopicModel(List<Article> all, Path out) throws IOException {
        TopicTerms terms = new TopicTerms();
        List<List<String>> docs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Article article : all) {
            if (TopicDataSets.isHeldOut(article.id())) {
                continue;
            }
            String code = TopicDataSets.MASAKHANEWS_TO_IPTC.get(article.labels().get(0));
            docs.add(modelTerms(terms, article.title(), article.body()));
            labels.add(TopicDataSets.MODEL_CLASSES.indexOf(code));
        }
        System.out.printf(Locale.ROOT, "MasakhaNEWS training split: %d of %d articles%n", docs.size(), all.size());

        double bestSmoothing = SMOOTHINGS[0];
        double bestAccuracy = -1;
        for (double smoothing : SMOOTHINGS) {
            double[] result = crossValidate(docs, labels, smoothing, 1e9);
            System.out.printf(Locale.ROOT, "  smoothing %.2f: CV accuracy %.4f%n", smoothing, result[0]);
            if (result[0] > bestAccuracy + 1e-9) {
                bestAccuracy = result[0];
                bestSmoothing = smoothing;
            }
        }
        double bestLength = LENGTHS[LENGTHS.length - 1];
        double bestLoss = Double.MAX_VALUE;
        for (double length : LENGTHS) {
            double[] result = crossValidate(docs, labels, bestSmoothing, length);
            System.out.printf(
                    Locale.ROOT, "  length %.0f: CV log-loss %.4f, accuracy %.4f%n", length, result[1], result[0]);
            if (result[1] < bestLoss - 1e-9) {
                bestLoss = result[1];
                bestLength = length;
            }
        }
        System.out.printf(Locale.ROOT, "chosen smoothing %.2f, length %.0f%n", bestSmoothing, bestLength);

        NaiveBayesTopicModel model = NaiveBayesTopicModel.train(
                TopicDataSets.MODEL_CLASSES, docs, toArray(labels), bestSmoothing, bestLength, MIN_DOCUMENTS);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(
                    writer,
                    List.of(
                            "Multinomial naive Bayes topic model: per IPTC topic, how often each term (TopicTerms: Lucene",
                            "EnglishAnalyzer Porter stem) occurs in its training articles; headline terms count twice.",
                            "Generated by dev.tidings.enrichment.eval.TopicResourceBuilder; do not edit by hand.",
                            "Trained on the training split (CRC-32 of the id mod 5 != 0) of MasakhaNEWS English,",
                            "BBC news texts, Adelani et al. 2023, licensed AFL-3.0. Terms in fewer than "
                                    + MIN_DOCUMENTS + " articles dropped.",
                            "Smoothing and length chosen by " + FOLDS
                                    + "-fold cross-validation inside the training split."));
        }
        System.out.printf(Locale.ROOT, "wrote %s (%d terms)%n", out, model.vocabularySize());
    }

    /** Mean accuracy and log-loss over the folds; a fold is the article's position modulo FOLDS. */
    private static double[] crossValidate(
            List<List<String>> docs, List<Integer> labels, double smoothing, double length) {
        int correct = 0;
        double loss = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<List<String>> train = new ArrayList<>();
            List<Integer> trainLabels = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % FOLDS != fold) {
                    train.add(docs.get(i));
                    trainLabels.add(labels.get(i));
                }
            }
            NaiveBayesTopicModel model = NaiveBayesTopicModel.train(
                    TopicDataSets.MODEL_CLASSES, train, toArray(trainLabels), smoothing, length, MIN_DOCUMENTS);
            for (int i = fold; i < docs.size(); i += FOLDS) {
                double[] posterior = model.posterior(docs.get(i));
                int best = 0;
                for (int c = 1; c < posterior.length; c++) {
                    if (posterior[c] > posterior[best]) {
                        best = c;
                    }
                }
                if (best == labels.get(i)) {
                    correct++;
                }
                loss -= Math.log(Math.max(posterior[labels.get(i)], 1e-12));
            }
        }
        return new double[] {(double) correct / docs.size(), loss / docs.size()};
    }

    private static void buildDocumentFrequencies(List<Article> all, Path out) throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        for (Article article : all) {
            for (String stem : KeywordTerms.documentStems(article.title() + "\n" + article.body())) {
                frequencies.merge(stem, 1, Integer::sum);
            }
        }
        TreeMap<String, Integer> kept = new TreeMap<>();
        frequencies.forEach((stem, df) -> {
            if (df >= MIN_DOCUMENTS) {
                kept.put(stem, df);
            }
        });
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(
                    "# Background document frequencies of word stems (KeywordTerms: Porter stem of the lower-case\n");
            writer.write(
                    "# word) in MasakhaNEWS English (BBC news texts, Adelani et al. 2023, AFL-3.0), title and body.\n");
            writer.write("# Generated by dev.tidings.enrichment.eval.TopicResourceBuilder; do not edit by hand.\n");
            writer.write("# Stems in fewer than " + MIN_DOCUMENTS + " articles are left out (they count as unseen).\n");
            writer.write("=documents\t" + all.size() + "\n");
            for (Map.Entry<String, Integer> entry : kept.entrySet()) {
                writer.write(entry.getKey() + "\t" + entry.getValue() + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "wrote %s (%d stems)%n", out, kept.size());
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
