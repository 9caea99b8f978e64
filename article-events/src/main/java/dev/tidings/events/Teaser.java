package dev.tidings.events;

import java.util.List;

/**
 * A teaser of another story on the same page.
 *
 * @param kicker the ALL-CAPS label the teaser starts with, e.g. {@code SECURITY}, or null
 * @param text the teaser's text, without its kicker
 * @param truncated true when the teaser stops mid-sentence
 * @param entities the teaser's own light tags; offsets index into {@code text}, never into the
 *     article's body, and they never count among the article's entities
 */
public record Teaser(String kicker, String text, boolean truncated, List<Entity> entities) {
    public Teaser {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
