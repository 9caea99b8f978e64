package dev.tidings.enrichment.topic;

import dev.tidings.enrichment.topic.EmbeddingTopicModel.Ensemble;
import dev.tidings.events.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics the service emits: the embedding model ({@link EmbeddingTopicModel}, which reads the
 * headline and lead as a whole and so holds on a headline alone and on newsrooms unlike the BBC) and
 * the bag-of-words classifier ({@link TopicClassifier}: naive Bayes over the whole text plus the cue
 * lexicon) combined into one calibrated probability per top-level topic:
 *
 * <pre>
 *   p(topic) = softmax( ((1 - s) log p_embedding(topic) + s log(ε + score_bag_of_words(topic))) / T )
 * </pre>
 *
 * <p>with the share {@code s} and the temperature {@code T} fitted out-of-fold on the training data
 * (kept in the model file), so that a score of 0.8 is right about 80% of the time. The embedding
 * model has one class more, {@link #NO_TOPIC}, learned from texts about nothing newsworthy; the
 * scores of all top-level topics and of that class add up to 1, so an article about two things gets
 * two middling scores, and one the models cannot place gets none above the threshold: no topic rather
 * than a wrong one.
 *
 * <p>A second-level topic comes from the lexicon's cues, as before; it is emitted only with its
 * parent, with the parent's code, and never scores above it.
 *
 * <p>Thread-safe and stateless after construction; load it once.
 */
public final class TopicEnsemble {

    /**
     * Topics scoring below this are not emitted. The scores are calibrated probabilities: at 0.4 an
     * emitted topic is right at least about half the time (see the calibration table in the README),
     * and since the scores of the top-level topics add up to one, at most two can pass it.
     */
    public static final double MIN_SCORE = 0.4;

    /** Keeps the log of a bag-of-words score of 0 finite: such a topic is unlikely, not impossible. */
    static final double EPSILON = 0.02;

    /**
     * The embedding model's class for texts about no news topic (page furniture, notices, filler).
     * It is never emitted: its probability is what an article's topics lose when it looks like one.
     */
    public static final String NO_TOPIC = "none";

    private final TopicClassifier bagOfWords;
    private final EmbeddingTopicModel embeddingModel;
    private final MediaTopicVocabulary vocabulary;
    private final Ensemble ensemble;

    public TopicEnsemble() {
        this(new TopicClassifier(), EmbeddingTopicModel.load());
    }

    /** An ensemble of other models, e.g. ones trained on part of the data, for evaluation. */
    public TopicEnsemble(TopicClassifier bagOfWords, EmbeddingTopicModel embeddingModel) {
        this.bagOfWords = bagOfWords;
        this.embeddingModel = embeddingModel;
        this.vocabulary = MediaTopicVocabulary.load();
        this.ensemble = embeddingModel.ensemble();
        for (String code : embeddingModel.classes()) {
            if (code.equals(NO_TOPIC)) {
                continue;
            }
            if (!vocabulary.contains(code) || !vocabulary.get(code).isTopLevel()) {
                throw new IllegalStateException("The embedding model's topic " + code + " is not a top-level topic");
            }
        }
    }

    /** The topics scoring at least {@link #MIN_SCORE}, best first. */
    public List<Topic> classify(String title, String body, float[] embedding) {
        List<Topic> topics = new ArrayList<>();
        for (Topic topic : scoreAll(title, body, embedding)) {
            if (topic.score() >= MIN_SCORE) {
                topics.add(topic);
            }
        }
        return topics;
    }

    /**
     * Every topic with its score, best first, before the threshold: for evaluation. Without an
     * embedding (null) the bag-of-words scores alone are calibrated the same way.
     */
    public List<Topic> scoreAll(String title, String body, float[] embedding) {
        Map<String, Double> bagOfWordsScores = new HashMap<>();
        for (Topic topic : bagOfWords.scoreAll(title, body)) {
            bagOfWordsScores.put(topic.code(), topic.score());
        }
        List<String> classes = embeddingModel.classes();
        double[] bag = bagOfWords(classes, bagOfWordsScores);
        double[] fromEmbedding = embedding == null ? null : embeddingModel.probabilities(embedding);
        double[] probability = combine(fromEmbedding, bag, ensemble);
        Map<String, Double> topLevel = new HashMap<>();
        List<Topic> result = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            if (classes.get(c).equals(NO_TOPIC)) {
                continue;
            }
            MediaTopic topic = vocabulary.get(classes.get(c));
            topLevel.put(topic.code(), probability[c]);
            result.add(new Topic(topic.code(), topic.label(), round(probability[c])));
        }
        for (MediaTopic topic : vocabulary.topics()) {
            if (!topic.isTopLevel()) {
                double parent = topLevel.getOrDefault(topic.broader(), 0.0);
                double own = bagOfWordsScores.getOrDefault(topic.code(), 0.0);
                result.add(new Topic(topic.code(), topic.label(), round(Math.min(own, parent)), topic.broader()));
            }
        }
        result.sort(Comparator.comparingDouble(Topic::score).reversed().thenComparing(Topic::code));
        return result;
    }

    /**
     * The bag-of-words classifier's scores indexed like {@code classes}; for {@link #NO_TOPIC}, one
     * minus its best score: it found no topic to the extent it found none strongly.
     */
    public static double[] bagOfWords(List<String> classes, Map<String, Double> scores) {
        double best = 0;
        for (String code : classes) {
            best = Math.max(best, scores.getOrDefault(code, 0.0));
        }
        double[] bag = new double[classes.size()];
        for (int c = 0; c < bag.length; c++) {
            String code = classes.get(c);
            bag[c] = code.equals(NO_TOPIC) ? 1 - best : scores.getOrDefault(code, 0.0);
        }
        return bag;
    }

    /**
     * The calibrated top-level probabilities from the embedding model's probabilities (null: none, the
     * bag-of-words scores alone) and the bag-of-words scores, both indexed like the embedding model's
     * classes.
     */
    public static double[] combine(double[] fromEmbedding, double[] bagOfWords, Ensemble ensemble) {
        double share = fromEmbedding == null ? 1 : ensemble.bagOfWordsShare();
        double[] logits = new double[bagOfWords.length];
        for (int c = 0; c < logits.length; c++) {
            double bag = Math.log(EPSILON + bagOfWords[c]);
            double dense = fromEmbedding == null ? 0 : Math.log(Math.max(fromEmbedding[c], 1e-9));
            logits[c] = ((1 - share) * dense + share * bag) / ensemble.temperature();
        }
        return EmbeddingTopicModel.softmax(logits);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
