package dev.tidings.enrichment.entity;

import dev.tidings.events.Entity;
import dev.tidings.events.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gathers the mentions of one article into one {@link Entity} per type and name, and scores how
 * central each entity is to the article.
 *
 * <p>Salience, 0..1, adds three signals that news writing puts on the people and places a story
 * is about: how often it is named, relative to the most-named entity ({@value #MENTION_WEIGHT}); how
 * early it is first named, since news puts what matters first ({@value #POSITION_WEIGHT}); and
 * whether the headline names it ({@value #TITLE_WEIGHT}).
 */
public final class EntityGrouper {

    static final double MENTION_WEIGHT = 0.5;
    static final double POSITION_WEIGHT = 0.3;
    static final double TITLE_WEIGHT = 0.2;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * @param mentions in text order
     * @return the entities, most salient first; ties in the order they are first named
     */
    public List<Entity> group(List<EntityMention> mentions, String title, int bodyLength) {
        Map<String, List<EntityMention>> byId = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            byId.computeIfAbsent(EntityId.of(mention.type(), name(mention)), id -> new ArrayList<>())
                    .add(mention);
        }
        int mostMentions = byId.values().stream().mapToInt(List::size).max().orElse(1);
        List<Entity> entities = new ArrayList<>();
        byId.forEach((id, named) -> {
            EntityMention first = named.get(0);
            double salience = MENTION_WEIGHT * named.size() / mostMentions
                    + POSITION_WEIGHT * (1.0 - (double) first.start() / Math.max(1, bodyLength))
                    + (isInTitle(title, named) ? TITLE_WEIGHT : 0.0);
            entities.add(new Entity(
                    id,
                    first.type(),
                    name(first),
                    List.of(),
                    named.stream()
                            .map(mention -> new Mention(mention.start(), mention.end(), mention.text()))
                            .toList(),
                    round(salience)));
        });
        // Stable sort: equal salience keeps the order of first mention, so the output is deterministic.
        entities.sort(Comparator.comparingDouble(Entity::salience).reversed());
        return entities;
    }

    /** The name an entity goes by: the words as written, with any run of spaces made one space. */
    private static String name(EntityMention mention) {
        return SPACES.matcher(mention.text()).replaceAll(" ");
    }

    private static boolean isInTitle(String title, List<EntityMention> mentions) {
        return mentions.stream()
                .map(EntityGrouper::name)
                .distinct()
                .anyMatch(name -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                        .matcher(title)
                        .find());
    }

    /** Three decimals: enough to rank by, and free of floating-point noise in the JSON. */
    private static double round(double salience) {
        return Math.min(1.0, Math.round(salience * 1000) / 1000.0);
    }
}
