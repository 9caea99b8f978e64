package dev.tidings.query.story;

import dev.tidings.query.search.ArticleHit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /v1/stories/{id}}: the story and one page of its articles, newest first. */
@Schema(name = "StoryDetail")
public record StoryDetail(
        StorySummary story,
        List<ArticleHit> articles,

        @Schema(nullable = true, description = "Pass as cursor for the next page of articles; null on the last")
        String nextCursor) {}
