package dev.tidings.enrichment.salience;

import java.util.Collection;

/**
 * How central an entity is to its article, 0..1, from three signals that news writing puts on the
 * people and places a story is about: how often it is named, relative to the most-named entity
 * ({@value #MENTION_WEIGHT}); how early it is first named, since news puts what matters first
 * ({@value #POSITION_WEIGHT}); and whether the headline names it, by any of its names
 * ({@value #TITLE_WEIGHT}). Rounded to three decimals: enough to rank by, and free of
 * floating-point noise in the JSON, so the same article always gets the same scores.
 */
public final class SalienceScorer {

    static final double MENTION_WEIGHT = 0.5;
    static final double POSITION_WEIGHT = 0.3;
    static final double TITLE_WEIGHT = 0.2;

    /**
     * @param mentions how often the entity is named
     * @param mostMentions how often the most-named entity of the article is named
     * @param firstStart where it is first named in the body
     * @param names every name it goes by in the article
     */
    public double score(
            int mentions, int mostMentions, int firstStart, int bodyLength, Collection<String> names, String title) {
        double salience = MENTION_WEIGHT * mentions / Math.max(1, mostMentions)
                + POSITION_WEIGHT * (1.0 - (double) firstStart / Math.max(1, bodyLength))
                + (names.stream().anyMatch(name -> namesIn(title, name)) ? TITLE_WEIGHT : 0.0);
        return Math.max(0.0, Math.min(1.0, Math.round(salience * 1000) / 1000.0));
    }

    /** Whether {@code title} has {@code name} as a whole word (or words). */
    static boolean namesIn(String title, String name) {
        int at = title.indexOf(name);
        while (at >= 0) {
            if (!isWordCharAt(title, at - 1) && !isWordCharAt(title, at + name.length())) {
                return true;
            }
            at = title.indexOf(name, at + 1);
        }
        return false;
    }

    private static boolean isWordCharAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }
}
