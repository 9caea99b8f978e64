package dev.tidings.query.story;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides which open story an article joins, or that it starts one: plain Java, no database, so that
 * the store, the tests and the evaluation all run the same rule.
 *
 * <p>The score of an article against a story is explainable in two parts:
 *
 * <ul>
 *   <li><b>embedding</b>: the mean cosine similarity of the article's vector to the vectors of the
 *       story's articles ({@code v · Σ / n}, which the story keeps as a sum). A loose story, whose
 *       articles differ among themselves, scores lower than a tight one: it needs more evidence.
 *   <li><b>key overlap</b>: the share of the article's key weight found in the story, where a key
 *       weighs its weight in the article times its rarity ({@code ln(1 + N / df)}, over every stored
 *       article), and counts by the share of the story's articles that have it. "Ardahan" and "AFAD"
 *       tie two quake reports together; "earthquake" and "killed" hardly do.
 * </ul>
 *
 * With vectors on both sides the score is {@code w × embedding + (1 − w) × overlap} against {@link
 * StoryRules#threshold()}; without (another language, another model), the overlap alone against
 * {@link StoryRules#keysThreshold()}. Time enters as a hard window: only stories within {@link
 * StoryRules#silence()} of the article are candidates. The article joins the candidate that clears its
 * threshold by the widest margin (the older story on a tie); if none does, it starts a story.
 */
public final class StoryMatcher {

    private final StoryRules rules;

    public StoryMatcher(StoryRules rules) {
        this.rules = rules;
    }

    public StoryRules rules() {
        return rules;
    }

    /** A key of the article with its weight there times its rarity. */
    public record WeightedKey(String key, double weight) {}

    /**
     * How many stored articles have each key, counted before this article.
     *
     * @param articles how many articles were counted
     */
    public record KeyRarity(long articles, Map<String, Long> articlesWithKey) {
        /** Inverse document frequency, counting the article being assigned as stored. */
        public double of(String key) {
            long with = articlesWithKey.getOrDefault(key, 0L);
            return Math.log(1 + (articles + 1.0) / (with + 1.0));
        }
    }

    /**
     * The article's keys by weight times rarity, heaviest first (then by key, so that the order is
     * the same on every run), the first {@link StoryRules#retrievalKeys()} of them: these find the
     * candidates, are compared, and are added to the story it joins.
     */
    public List<WeightedKey> weigh(StoryArticle article, KeyRarity rarity) {
        List<WeightedKey> keys = new ArrayList<>();
        article.keys().forEach((key, weight) -> keys.add(new WeightedKey(key, weight * rarity.of(key))));
        keys.sort(Comparator.comparingDouble(WeightedKey::weight).reversed().thenComparing(WeightedKey::key));
        return List.copyOf(keys.subList(0, Math.min(keys.size(), rules.retrievalKeys())));
    }

    /** A story the article may join, with its score and the threshold it had to clear. */
    public record Match(StoryCandidate story, double score, double threshold, boolean byVector) {
        double margin() {
            return score - threshold;
        }
    }

    /** The score of the article against one story; the threshold depends on whether vectors counted. */
    public Match score(StoryArticle article, List<WeightedKey> keys, StoryCandidate story) {
        double total = 0;
        double shared = 0;
        for (WeightedKey key : keys) {
            total += key.weight();
            Integer count = story.keyArticles().get(key.key());
            if (count != null && story.size() > 0) {
                shared += key.weight() * Math.min(1.0, (double) count / story.size());
            }
        }
        double overlap = total > 0 ? shared / total : 0;
        if (comparable(article, story)) {
            double similarity = dot(article.vector(), story.vectorSum()) / story.embedded();
            return new Match(
                    story,
                    rules.vectorWeight() * similarity + (1 - rules.vectorWeight()) * overlap,
                    rules.threshold(),
                    true);
        }
        return new Match(story, overlap, rules.keysThreshold(), false);
    }

    /** The story the article joins, if any of the candidates open at its time clears its threshold. */
    public Optional<Match> choose(StoryArticle article, List<WeightedKey> keys, List<StoryCandidate> candidates) {
        Match best = null;
        for (StoryCandidate story : candidates) {
            if (!story.isOpenAt(article.time(), rules.silence())) {
                continue;
            }
            Match match = score(article, keys, story);
            if (match.score() < match.threshold()) {
                continue;
            }
            if (best == null
                    || match.margin() > best.margin()
                    || (match.margin() == best.margin()
                            && story.seq() < best.story().seq())) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A story as it is after an article joined it, or as the article starts it: what the store
     * writes.
     *
     * @param keys the article's retrieval keys, each to count once more in the story
     */
    public record StoryState(
            UUID id,
            boolean started,
            int size,
            Instant firstSeen,
            Instant lastSeen,
            String title,
            UUID titleArticle,
            String model,
            int embedded,
            float[] vectorSum,
            float[] titleVector,
            List<String> keys) {}

    /** The id of the story an article starts: the same article always starts the same story. */
    public static UUID storyId(UUID firstArticle) {
        return UUID.nameUUIDFromBytes(("tidings-story:" + firstArticle).getBytes(StandardCharsets.UTF_8));
    }

    public StoryState start(StoryArticle article, List<WeightedKey> keys) {
        boolean vector = article.hasVector();
        return new StoryState(
                storyId(article.id()),
                true,
                1,
                article.time(),
                article.time(),
                article.title(),
                article.id(),
                vector ? article.model() : null,
                vector ? 1 : 0,
                vector ? article.vector().clone() : null,
                vector ? article.vector() : null,
                keyNames(keys));
    }

    /**
     * The story with the article in it. Its title becomes the article's headline when the article's
     * vector is closer than the title article's to the story's new mean: the title is the most
     * representative headline, not the first.
     */
    public StoryState join(StoryCandidate story, StoryArticle article, List<WeightedKey> keys) {
        Instant first = article.time().isBefore(story.firstSeen()) ? article.time() : story.firstSeen();
        Instant last = article.time().isAfter(story.lastSeen()) ? article.time() : story.lastSeen();
        String model = story.model();
        int embedded = story.embedded();
        float[] sum = story.vectorSum();
        String title = story.title();
        UUID titleArticle = story.titleArticle();
        float[] titleVector = story.titleVector();
        boolean usable = article.hasVector() && (model == null || embedded == 0 || model.equals(article.model()));
        if (usable) {
            sum = add(embedded == 0 || sum == null ? null : sum, article.vector());
            model = article.model();
            embedded = embedded == 0 ? 1 : embedded + 1;
            if (titleVector == null
                    || titleVector.length != sum.length
                    || dot(article.vector(), sum) > dot(titleVector, sum)) {
                title = article.title();
                titleArticle = article.id();
                titleVector = article.vector();
            }
        }
        return new StoryState(
                story.id(),
                false,
                story.size() + 1,
                first,
                last,
                title,
                titleArticle,
                model,
                embedded,
                sum,
                titleVector,
                keyNames(keys));
    }

    private static boolean comparable(StoryArticle article, StoryCandidate story) {
        return article.hasVector()
                && story.embedded() > 0
                && story.vectorSum() != null
                && article.model().equals(story.model())
                && story.vectorSum().length == article.vector().length;
    }

    private static List<String> keyNames(List<WeightedKey> keys) {
        return keys.stream().map(WeightedKey::key).toList();
    }

    private static float[] add(float[] sum, float[] vector) {
        float[] result = vector.clone();
        if (sum != null && sum.length == vector.length) {
            for (int i = 0; i < result.length; i++) {
                result[i] += sum[i];
            }
        }
        return result;
    }

    static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length && i < b.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot;
    }
}
