package dev.tidings.query.search;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /v1/facets}: per facet asked for, its most frequent values. */
@Schema(name = "FacetPage")
public record FacetPage(
        @Schema(description = "By facet name (topic, country…), values by count, most frequent first")
        Map<String, List<FacetValue>> facets) {}
