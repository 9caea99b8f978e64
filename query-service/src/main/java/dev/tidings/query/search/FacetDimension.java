package dev.tidings.query.search;

import java.util.Locale;

/** What {@code GET /v1/facets} can count matching articles by. */
public enum FacetDimension {
    TOPIC,
    COUNTRY,
    PERSON,
    ORGANIZATION,
    SOURCE,
    LANGUAGE;

    /** The name in the API: the facet parameter's value and the key of the response. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return null when {@code text} names no dimension */
    public static FacetDimension of(String text) {
        for (FacetDimension dimension : values()) {
            if (dimension.parameter().equals(text)) {
                return dimension;
            }
        }
        return null;
    }
}
