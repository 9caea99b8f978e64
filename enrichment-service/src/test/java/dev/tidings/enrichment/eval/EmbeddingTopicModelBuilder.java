package dev.tidings.enrichment.eval;

import dev.tidings.enrichment.embedding.SentenceEmbedder;
import dev.tidings.enrichment.eval.TopicTrainingData.Example;
import dev.tidings.enrichment.eval.TopicTrainingData.Source;
import dev.tidings.enrichment.topic.EmbeddingTopicModel;
import dev.tidings.enrichment.topic.EmbeddingTopicModel.Ensemble;
import dev.tidings.enrichment.topic.MediaTopic;
import dev.tidings.enrichment.topic.MediaTopicVocabulary;
import dev.tidings.enrichment.topic.NaiveBayesTopicModel;
import dev.tidings.enrichment.topic.TopicClassifier;
import dev.tidings.enrichment.topic.TopicEnsemble;
import dev.tidings.enrichment.topic.TopicTerms;
import dev.tidings.events.Topic;
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
import java.util.stream.IntStream;

/**
 * Builds {@code topic/embedding-logistic-regression.tsv}, the embedding topic model and its ensemble
 * constants, from {@link TopicTrainingData} only (never from Reuters-21578, AllSides or the held-out
 * fifth of MasakhaNEWS). Deterministic: the same data gives a byte-identical file. Run from the
 * repository root:
 *
 * <pre>
 * ./mvnw -pl enrichment-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.tidings.enrichment.eval.EmbeddingTopicModelBuilder
 * </pre>
 *
 * <ol>
 *   <li>embeds every example as the service does (headline + lead);
 *   <li>chooses the L2 penalty by 5-fold cross-validation (folds by article), keeping each example's
 *       out-of-fold probabilities;
 *   <li>scores each example out-of-fold with the bag-of-words classifier (naive Bayes trained on the
 *       other four folds, plus the lexicon);
 *   <li>fits the ensemble's bag-of-words share and temperature on those out-of-fold scores, by log-loss
 *       averaged over the two sources (BBC news; IPTC definitions and written items), so that neither
 *       the 3,400 BBC examples nor the short written ones decide alone;
 *   <li>trains the final weights on every example.
 * </ol>
 */
public final class EmbeddingTopicModelBuilder {

    static final double[] L2 = {1e-5, 1e-4};
    static final int STEPS = 250;
    static final double[] SHARES = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
    static final double[] TEMPERATURES = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.75, 2.0};

    private EmbeddingTopicModelBuilder() {}

    public static void main(String[] args) throws IOException {
        Path module = Path.of(System.getProperty("tidings.module.dir", "enrichment-service"));
        Path out = module.resolve("src/main/resources/topic/embedding-logistic-regression.tsv");
        List<String> classes = topLevelCodes();
        List<Example> examples = TopicTrainingData.examples();
        long start = System.nanoTime();
        float[][] x = TopicTrainingData.embed(
                examples, new SentenceEmbedder(), module.resolve("target/eval/topic-training-embeddings.bin"));
        System.out.printf(
                Locale.ROOT, "embedded %d examples in %.0f s%n", examples.size(), (System.nanoTime() - start) / 1e9);
        int[] y = examples.stream().mapToInt(e -> classes.indexOf(e.code())).toArray();
        double[] weight = classBalance(y, classes.size());

        double bestLoss = Double.MAX_VALUE;
        double bestL2 = L2[0];
        double[][] outOfFold = null;
        for (double l2 : L2) {
            double[][] p = outOfFold(classes, x, y, weight, examples, l2);
            double loss = groupLoss(examples, y, p);
            System.out.printf(
                    Locale.ROOT, "  L2 %.0e: out-of-fold log-loss %.4f, top-1 %s%n", l2, loss, top1(examples, y, p));
            if (loss < bestLoss) {
                bestLoss = loss;
                bestL2 = l2;
                outOfFold = p;
            }
        }
        List<Map<String, Double>> bagOfWords = bagOfWordsOutOfFold(examples);

        Ensemble best = null;
        bestLoss = Double.MAX_VALUE;
        for (double share : SHARES) {
            for (double temperature : TEMPERATURES) {
                Ensemble ensemble = new Ensemble(share, temperature);
                double[][] p = combine(classes, outOfFold, bagOfWords, ensemble);
                double loss = groupLoss(examples, y, p);
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = ensemble;
                }
            }
        }
        double[][] combined = combine(classes, outOfFold, bagOfWords, best);
        System.out.printf(
                Locale.ROOT,
                "chosen L2 %.0e, bag-of-words share %.2f, temperature %.2f: out-of-fold log-loss %.4f, top-1 %s%n",
                bestL2,
                best.bagOfWordsShare(),
                best.temperature(),
                bestLoss,
                top1(examples, y, combined));
        System.out.println("out-of-fold calibration (top topic's score -> share right), all examples:");
        calibrationTable(y, combined).forEach(System.out::println);

        EmbeddingTopicModel model =
                EmbeddingTopicModel.train(classes, x, y, weight, bestL2, STEPS).withEnsemble(best);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(
                    writer,
                    List.of(
                            "Multinomial logistic regression over the all-MiniLM-L6-v2 (int8) sentence embedding of",
                            "headline + lead, one line per top-level IPTC Media Topic, and the constants that ensemble it",
                            "with the bag-of-words classifier (topic.TopicEnsemble).",
                            "Generated by dev.tidings.enrichment.eval.EmbeddingTopicModelBuilder; do not edit by hand.",
                            "Trained on: the training split (CRC-32 of the id mod 5 != 0) of MasakhaNEWS English (BBC",
                            "news texts, Adelani et al. 2023, AFL-3.0), each article whole, as headline only and as",
                            "headline + first sentence; the IPTC Media Topic labels and definitions (IPTC, CC BY 4.0);",
                            "short news items written for Tidings, and texts about no topic (class none, never emitted).",
                            "Classes weighted by 1/sqrt(examples).",
                            String.format(
                                    Locale.ROOT,
                                    "%d examples; L2 %.0e and %d steps of accelerated gradient descent; share and",
                                    examples.size(),
                                    bestL2,
                                    STEPS),
                            "temperature fitted on 5-fold out-of-fold scores of the same data."));
        }
        System.out.printf(Locale.ROOT, "wrote %s%n", out);
    }

    /** The top-level IPTC codes, and {@link TopicEnsemble#NO_TOPIC} last. */
    static List<String> topLevelCodes() {
        List<String> codes = new ArrayList<>();
        MediaTopicVocabulary.load().topics().stream()
                .filter(MediaTopic::isTopLevel)
                .forEach(topic -> codes.add(topic.code()));
        codes.add(TopicEnsemble.NO_TOPIC);
        return codes;
    }

    /** Each class weighs 1/sqrt(its examples): rare topics count more, without drowning the rest. */
    static double[] classBalance(int[] y, int classes) {
        int[] count = new int[classes];
        for (int label : y) {
            count[label]++;
        }
        double[] weight = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            weight[i] = 1 / Math.sqrt(count[y[i]]);
        }
        return weight;
    }

    private static double[][] outOfFold(
            List<String> classes, float[][] x, int[] y, double[] weight, List<Example> examples, double l2) {
        double[][] p = new double[x.length][];
        List<EmbeddingTopicModel> models = IntStream.range(0, TopicTrainingData.FOLDS)
                .parallel()
                .mapToObj(fold -> {
                    List<Integer> train = new ArrayList<>();
                    for (int i = 0; i < x.length; i++) {
                        if (examples.get(i).fold() != fold) {
                            train.add(i);
                        }
                    }
                    float[][] tx = new float[train.size()][];
                    int[] ty = new int[train.size()];
                    double[] tw = new double[train.size()];
                    for (int j = 0; j < tx.length; j++) {
                        tx[j] = x[train.get(j)];
                        ty[j] = y[train.get(j)];
                        tw[j] = weight[train.get(j)];
                    }
                    return EmbeddingTopicModel.train(classes, tx, ty, tw, l2, STEPS);
                })
                .toList();
        for (int i = 0; i < x.length; i++) {
            p[i] = models.get(examples.get(i).fold()).probabilities(x[i]);
        }
        return p;
    }

    /** Each example's bag-of-words scores, from a naive Bayes model that never saw its fold. */
    private static List<Map<String, Double>> bagOfWordsOutOfFold(List<Example> examples) {
        NaiveBayesTopicModel shipped = NaiveBayesTopicModel.load();
        TopicTerms terms = new TopicTerms();
        List<TopicClassifier> classifiers = new ArrayList<>();
        for (int fold = 0; fold < TopicTrainingData.FOLDS; fold++) {
            List<List<String>> docs = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            for (Example e : examples) {
                // The whole article only: naive Bayes is trained on whole articles, as shipped.
                if (e.source() == Source.MASAKHANEWS && e.fold() != fold && e.whole()) {
                    docs.add(TopicResourceBuilder.modelTerms(terms, e.title(), e.body()));
                    labels.add(TopicDataSets.MODEL_CLASSES.indexOf(e.code()));
                }
            }
            NaiveBayesTopicModel model = NaiveBayesTopicModel.train(
                    TopicDataSets.MODEL_CLASSES,
                    docs,
                    labels.stream().mapToInt(Integer::intValue).toArray(),
                    shipped.smoothing(),
                    shipped.length(),
                    TopicResourceBuilder.MIN_DOCUMENTS);
            classifiers.add(new TopicClassifier(model, TopicClassifier.Calibration.DEFAULT));
        }
        List<Map<String, Double>> scores = new ArrayList<>();
        for (Example e : examples) {
            Map<String, Double> byCode = new HashMap<>();
            for (Topic topic : classifiers.get(e.fold()).scoreAll(e.title(), e.body())) {
                byCode.put(topic.code(), topic.score());
            }
            scores.add(byCode);
        }
        return scores;
    }

    /** The ensemble's probabilities, as {@link TopicEnsemble} computes them. */
    static double[][] combine(
            List<String> classes, double[][] embedding, List<Map<String, Double>> bagOfWords, Ensemble ensemble) {
        double[][] p = new double[embedding.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = TopicEnsemble.combine(embedding[i], TopicEnsemble.bagOfWords(classes, bagOfWords.get(i)), ensemble);
        }
        return p;
    }

    /** Mean log-loss of the MasakhaNEWS examples and of the written ones, averaged. */
    static double groupLoss(List<Example> examples, int[] y, double[][] p) {
        double[] loss = new double[2];
        int[] count = new int[2];
        for (int i = 0; i < y.length; i++) {
            int group = examples.get(i).source().ordinal();
            loss[group] -= Math.log(Math.max(p[i][y[i]], 1e-12));
            count[group]++;
        }
        return (loss[0] / count[0] + loss[1] / count[1]) / 2;
    }

    static String top1(List<Example> examples, int[] y, double[][] p) {
        int[] right = new int[2];
        int[] count = new int[2];
        for (int i = 0; i < y.length; i++) {
            int group = examples.get(i).source().ordinal();
            count[group]++;
            if (argmax(p[i]) == y[i]) {
                right[group]++;
            }
        }
        return String.format(
                Locale.ROOT,
                "MasakhaNEWS %.3f, written %.3f",
                (double) right[0] / count[0],
                (double) right[1] / count[1]);
    }

    static List<String> calibrationTable(int[] y, double[][] p) {
        double[] score = new double[y.length];
        boolean[] right = new boolean[y.length];
        for (int i = 0; i < y.length; i++) {
            int best = argmax(p[i]);
            score[i] = p[i][best];
            right[i] = best == y[i];
        }
        return TopicMeasurement.calibration(score, right);
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
