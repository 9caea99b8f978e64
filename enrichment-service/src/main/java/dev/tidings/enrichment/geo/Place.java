package dev.tidings.enrichment.geo;

import dev.tidings.events.GeoPoint;

/**
 * Where a place name points: its country and, for a city, its coordinates.
 *
 * @param name the place as the resolver understood it, e.g. "Washington, D.C." for "Washington"
 * @param countryCode ISO 3166-1 alpha-2
 * @param point coordinates of a city (or city-state); null for countries and regions
 */
public record Place(String name, String countryCode, GeoPoint point, Kind kind) {

    /** What kind of place the name is. */
    public enum Kind {
        COUNTRY,
        REGION,
        CITY
    }
}
