package dev.tidings.query.search;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /v1/facets} can count matching articles by. */
public enum FacetDimension {
    TOPIC,
    COUNTRY,
    PERSON,
    ORGANIZATION,
    SOURCE,
    LANGUAGE,
    /** By story (GET /v1/stories): the value is the story id, the label its title. */
    STORY;

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

    /** The {@link #parameter()} names, for the API description (a test keeps the two lists equal). */
    @Schema(
            name = "FacetName",
            type = SchemaType.STRING,
            enumeration = {"topic", "country", "person", "organization", "source", "language", "story"})
    interface Name {}
}
