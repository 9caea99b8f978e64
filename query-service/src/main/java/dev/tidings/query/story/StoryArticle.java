package dev.tidings.query.story;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.Country;
import dev.tidings.events.Entity;
import dev.tidings.events.Keyword;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What story assignment reads of an article: its time, its embedding and its keys, each key with the
 * weight it has in this article.
 *
 * <p>Keys are what two articles about one event share, however differently they are written:
 *
 * <ul>
 *   <li>{@code e:<entity id>}: the ten most salient entities, weight 0.5 + 0.5 × salience;
 *   <li>{@code c:<country code>}: the countries, weight 0.5 × salience;
 *   <li>{@code w:<word>}: the words of the key phrases (0.5 + 0.5 × the phrase's score relative to the
 *       best one), of the headline (0.8) and of the first {@value #LEAD_CHARACTERS} characters of the
 *       main story (0.5), by {@link StoryTerms}.
 * </ul>
 *
 * A key that comes several ways keeps its largest weight. How rare a key is (its document frequency)
 * is not known here: the store knows it.
 *
 * @param time publication time, or ingestion time when the article has none: a story's silence is
 *     measured on it
 * @param vector the embedding at unit length, or null (not English, or an event from before it)
 * @param model the embedding's model; only embeddings of one model are compared
 * @param keys each key's weight in this article
 */
public record StoryArticle(
        UUID id, Instant time, String title, String language, float[] vector, String model, Map<String, Double> keys) {

    static final int ENTITIES = 10;
    static final int LEAD_CHARACTERS = 300;
    static final int MAX_KEY_LENGTH = 100;
    static final double TITLE_WORD = 0.8;
    static final double LEAD_WORD = 0.5;

    public StoryArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        keys = Map.copyOf(keys);
    }

    public boolean hasVector() {
        return vector != null && model != null;
    }

    /** The article of an enriched event. */
    public static StoryArticle of(ArticleEnriched event) {
        String language = event.language() == null ? null : event.language().code();
        Instant time = event.publishedAt() != null ? event.publishedAt() : event.ingestedAt();
        float[] vector = null;
        String model = null;
        if (event.embedding() != null) {
            try {
                vector = event.embedding().vector();
                model = event.embedding().model();
            } catch (IllegalArgumentException notBase64) {
                // The schema checks the alphabet, not the padding: such an article is grouped by keys.
            }
        }
        return new StoryArticle(event.id(), time, event.title(), language, vector, model, keys(event, language));
    }

    static Map<String, Double> keys(ArticleEnriched event, String language) {
        Map<String, Double> keys = new LinkedHashMap<>();
        event.entities().stream()
                .filter(e -> e.id() != null && !e.id().isBlank())
                .sorted(Comparator.comparingDouble(Entity::salience).reversed())
                .limit(ENTITIES)
                .forEach(e -> put(keys, "e:" + e.id(), 0.5 + 0.5 * clamp(e.salience())));
        for (Country country : event.countries()) {
            if (country.code() != null) {
                put(keys, "c:" + country.code(), 0.5 * clamp(country.salience()));
            }
        }
        double best =
                event.keywords().stream().mapToDouble(Keyword::score).max().orElse(0);
        for (Keyword keyword : event.keywords()) {
            double weight = 0.5 + 0.5 * (best > 0 ? clamp(keyword.score() / best) : 1);
            for (String word : StoryTerms.of(keyword.term(), language)) {
                put(keys, "w:" + word, weight);
            }
        }
        for (String word : StoryTerms.of(event.title(), language)) {
            put(keys, "w:" + word, TITLE_WORD);
        }
        String body = event.body() == null ? "" : event.body();
        for (String word : StoryTerms.of(body.substring(0, Math.min(body.length(), LEAD_CHARACTERS)), language)) {
            put(keys, "w:" + word, LEAD_WORD);
        }
        return keys;
    }

    private static void put(Map<String, Double> keys, String key, double weight) {
        if (key.length() > MAX_KEY_LENGTH || !(weight > 0)) {
            return;
        }
        keys.merge(key, weight, Math::max);
    }

    private static double clamp(double value) {
        return Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
    }

    /** Component-wise, so that two articles with equal values are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StoryArticle a
                && id.equals(a.id)
                && time.equals(a.time)
                && Objects.equals(title, a.title)
                && Objects.equals(language, a.language)
                && java.util.Arrays.equals(vector, a.vector)
                && Objects.equals(model, a.model)
                && keys.equals(a.keys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, time, keys);
    }

    @Override
    public String toString() {
        return "StoryArticle[" + id + ", " + time + ", " + title + ", " + keys.size() + " keys"
                + (hasVector() ? ", embedded" : "") + "]";
    }
}
