package dev.tidings.query.story;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of {@code GET /v1/stories}. */
@Schema(name = "StoryPage")
public record StoryPage(
        List<StorySummary> items,

        @Schema(
                nullable = true,
                description = "Pass as cursor, with the same sort, for the next page; null on the last")
        String nextCursor) {}
