package dev.tidings.events;

import java.util.List;

/**
 * A named entity, once per article, with all its mentions.
 *
 * @param id stable across articles: from the link when there is one ({@code wikipedia:United_States},
 *     for "U.S.", "America" and "United States" alike), else the type and name, e.g. {@code
 *     person:john-miller}
 * @param aliases other names it goes by in this article (short names, acronyms, native script)
 * @param salience 0..1, how central the entity is to the article
 * @param countryCode for a LOCATION, the ISO 3166-1 alpha-2 code of its country, else null
 * @param coordinates for a city, where it is, else null
 * @param link the knowledge-base entry it was linked to, or null when none was found with enough
 *     confidence
 */
public record Entity(
        String id,
        EntityType type,
        String name,
        List<String> aliases,
        List<Mention> mentions,
        double salience,
        String countryCode,
        GeoPoint coordinates,
        Link link) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** An entity with no link. */
    public Entity(
            String id,
            EntityType type,
            String name,
            List<String> aliases,
            List<Mention> mentions,
            double salience,
            String countryCode,
            GeoPoint coordinates) {
        this(id, type, name, aliases, mentions, salience, countryCode, coordinates, null);
    }

    /** An entity with no place attached and no link. */
    public Entity(
            String id, EntityType type, String name, List<String> aliases, List<Mention> mentions, double salience) {
        this(id, type, name, aliases, mentions, salience, null, null, null);
    }

    /** The same entity, placed: its country and, for a city, its coordinates. */
    public Entity withPlace(String newCountryCode, GeoPoint newCoordinates) {
        return new Entity(id, type, name, aliases, mentions, salience, newCountryCode, newCoordinates, link);
    }
}
