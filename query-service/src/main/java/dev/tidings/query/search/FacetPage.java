package dev.tidings.query.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /v1/facets}: per facet asked for, its most frequent values. */
@Schema(name = "FacetPage")
public record FacetPage(
        @Schema(description = "By facet name (topic, country…), values by count, most frequent first")
        Map<String, List<FacetValue>> facets,

        @Schema(
                nullable = true,
                description = "With q: the counts are over the matches published (or, undated, first seen) at or"
                        + " after this time only, the recent window that the relevance order of the same search"
                        + " ranks, so that a common word need not count the whole archive: counts of the archive"
                        + " as a whole are larger. Null when every match was counted (exact counts).")
        Instant countedFrom) {}
