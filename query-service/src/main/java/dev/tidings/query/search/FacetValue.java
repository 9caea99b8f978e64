package dev.tidings.query.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One value of a facet and how many matching articles have it.
 *
 * @param value what to pass as the filter parameter to select it (a code, an entity id, a name)
 * @param label what to show, when it differs from the value
 */
@Schema(name = "FacetValue")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetValue(
        String value, @Schema(nullable = true) String label, long count) {}
