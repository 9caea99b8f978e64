package dev.tidings.events;

import java.util.List;

/**
 * A named entity, once per article, with all its mentions.
 *
 * @param id stable across articles for the same type and name, e.g. {@code person:john-miller}
 * @param aliases other names it goes by in this article (short names, acronyms, native script)
 * @param salience 0..1, how central the entity is to the article
 * @param countryCode for a LOCATION, the ISO 3166-1 alpha-2 code of its country, else null
 * @param coordinates for a city, where it is, else null
 */
public record Entity(
        String id,
        EntityType type,
        String name,
        List<String> aliases,
        List<Mention> mentions,
        double salience,
        String countryCode,
        GeoPoint coordinates) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** An entity with no place attached. */
    public Entity(
            String id, EntityType type, String name, List<String> aliases, List<Mention> mentions, double salience) {
        this(id, type, name, aliases, mentions, salience, null, null);
    }
}
