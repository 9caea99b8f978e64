package dev.tidings.enrichment.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multinomial logistic regression over an article's sentence embedding (embedding.SentenceEmbedder):
 * per top-level IPTC topic, a weight per embedding dimension and a bias; the softmax of the dot
 * products is the probability of each topic.
 *
 * <p>The shipped weights ({@value #RESOURCE}) are trained by the eval tool {@code
 * EmbeddingTopicModelBuilder} on MasakhaNEWS English (AFL-3.0), the IPTC Media Topic definitions (CC BY
 * 4.0) and short news items written for Tidings; the file says how. {@link #train} is deterministic:
 * the same examples in the same order always give the same weights.
 */
public final class EmbeddingTopicModel {

    public static final String RESOURCE = "/topic/embedding-logistic-regression.tsv";

    private final List<String> classes;
    private final double[][] weights;
    private final double[] bias;
    private final Ensemble ensemble;

    /**
     * How {@link TopicEnsemble} combines this model with the bag-of-words classifier, fitted with the
     * weights (out-of-fold) and kept in the same file.
     *
     * @param bagOfWordsShare the share of the bag-of-words classifier's log-score in the combined score
     * @param temperature the combined log-scores are divided by it before the softmax (calibration)
     */
    public record Ensemble(double bagOfWordsShare, double temperature) {}

    EmbeddingTopicModel(List<String> classes, double[][] weights, double[] bias, Ensemble ensemble) {
        this.classes = List.copyOf(classes);
        this.weights = weights;
        this.bias = bias;
        this.ensemble = ensemble;
    }

    /** The same weights with another ensemble setting. */
    public EmbeddingTopicModel withEnsemble(Ensemble newEnsemble) {
        return new EmbeddingTopicModel(classes, weights, bias, newEnsemble);
    }

    public Ensemble ensemble() {
        return ensemble;
    }

    /** The shipped model. */
    public static EmbeddingTopicModel load() {
        return MediaTopicVocabulary.TsvResource.parse(RESOURCE, EmbeddingTopicModel::read);
    }

    /** The topic codes the probabilities are indexed by. */
    public List<String> classes() {
        return classes;
    }

    public int dimension() {
        return weights[0].length;
    }

    /** P(topic | embedding), indexed like {@link #classes()}. */
    public double[] probabilities(float[] embedding) {
        if (embedding.length != dimension()) {
            throw new IllegalArgumentException(
                    "Embedding has " + embedding.length + " dimensions, the model " + dimension());
        }
        double[] scores = new double[classes.size()];
        for (int c = 0; c < scores.length; c++) {
            double sum = bias[c];
            double[] w = weights[c];
            for (int d = 0; d < w.length; d++) {
                sum += w[d] * embedding[d];
            }
            scores[c] = sum;
        }
        return softmax(scores);
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double total = 0;
        double[] p = new double[scores.length];
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(scores[c] - max);
            total += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= total;
        }
        return p;
    }

    /**
     * Fits the weights by minimising the weighted cross-entropy plus {@code l2} times the squared
     * weights (not the biases), with Nesterov's accelerated full-batch gradient descent for a fixed
     * number of steps: no randomness, so the result depends only on the examples and their order.
     *
     * @param x the embeddings (unit length)
     * @param y each example's class, an index into {@code classes}
     * @param sampleWeight each example's weight in the loss
     */
    public static EmbeddingTopicModel train(
            List<String> classes, float[][] x, int[] y, double[] sampleWeight, double l2, int steps) {
        int k = classes.size();
        int dim = x[0].length;
        double totalWeight = 0;
        for (double w : sampleWeight) {
            totalWeight += w;
        }
        // The loss is smooth with a gradient Lipschitz constant of at most 1/2 max|x|^2 + l2 (|x| = 1).
        double step = 1.0 / (0.5 + 2 * l2);
        double[][] w = new double[k][dim + 1];
        double[][] previous = new double[k][dim + 1];
        double[][] look = new double[k][dim + 1];
        double[][] gradient = new double[k][dim + 1];
        double[] logits = new double[k];
        for (int t = 1; t <= steps; t++) {
            double momentum = (t - 1.0) / (t + 2.0);
            for (int c = 0; c < k; c++) {
                for (int d = 0; d <= dim; d++) {
                    look[c][d] = w[c][d] + momentum * (w[c][d] - previous[c][d]);
                    gradient[c][d] = 0;
                }
            }
            for (int i = 0; i < x.length; i++) {
                for (int c = 0; c < k; c++) {
                    double s = look[c][dim];
                    for (int d = 0; d < dim; d++) {
                        s += look[c][d] * x[i][d];
                    }
                    logits[c] = s;
                }
                double[] p = softmax(logits);
                double weight = sampleWeight[i] / totalWeight;
                for (int c = 0; c < k; c++) {
                    double error = weight * (p[c] - (y[i] == c ? 1 : 0));
                    double[] g = gradient[c];
                    for (int d = 0; d < dim; d++) {
                        g[d] += error * x[i][d];
                    }
                    g[dim] += error;
                }
            }
            for (int c = 0; c < k; c++) {
                for (int d = 0; d <= dim; d++) {
                    double regulariser = d < dim ? 2 * l2 * look[c][d] : 0;
                    previous[c][d] = w[c][d];
                    w[c][d] = look[c][d] - step * (gradient[c][d] + regulariser);
                }
            }
        }
        double[][] weights = new double[k][dim];
        double[] bias = new double[k];
        for (int c = 0; c < k; c++) {
            System.arraycopy(w[c], 0, weights[c], 0, dim);
            bias[c] = w[c][dim];
        }
        return new EmbeddingTopicModel(classes, weights, bias, new Ensemble(0, 1));
    }

    public static EmbeddingTopicModel read(BufferedReader reader) throws IOException {
        List<String> classes = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        List<Double> bias = new ArrayList<>();
        double share = Double.NaN;
        double temperature = Double.NaN;
        for (String[] row : MediaTopicVocabulary.TsvResource.rows(reader)) {
            if (row[0].equals("=bag-of-words-share")) {
                share = Double.parseDouble(row[1]);
                continue;
            }
            if (row[0].equals("=temperature")) {
                temperature = Double.parseDouble(row[1]);
                continue;
            }
            classes.add(row[0]);
            bias.add(Double.parseDouble(row[1]));
            double[] w = new double[row.length - 2];
            for (int d = 0; d < w.length; d++) {
                w[d] = Double.parseDouble(row[d + 2]);
            }
            weights.add(w);
        }
        if (classes.isEmpty() || Double.isNaN(share) || Double.isNaN(temperature)) {
            throw new IOException("Model file lacks its class lines, =bag-of-words-share or =temperature");
        }
        double[] b = new double[bias.size()];
        for (int c = 0; c < b.length; c++) {
            b[c] = bias.get(c);
        }
        return new EmbeddingTopicModel(classes, weights.toArray(double[][]::new), b, new Ensemble(share, temperature));
    }

    /**
     * Writes one line per class: code, bias, weights, each to six significant digits; the same model
     * always gives the same bytes. The model read back from it is the one the service runs.
     */
    public void write(Appendable out, List<String> comments) throws IOException {
        for (String comment : comments) {
            out.append("# ").append(comment).append('\n');
        }
        out.append("=bag-of-words-share\t")
                .append(format(ensemble.bagOfWordsShare()))
                .append('\n');
        out.append("=temperature\t").append(format(ensemble.temperature())).append('\n');
        out.append("# code\tbias\tweight of each of the ")
                .append(Integer.toString(dimension()))
                .append(" embedding dimensions\n");
        for (int c = 0; c < classes.size(); c++) {
            out.append(classes.get(c)).append('\t').append(format(bias[c]));
            for (double v : weights[c]) {
                out.append('\t').append(format(v));
            }
            out.append('\n');
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
