package dev.tidings.query.search;

import dev.tidings.events.DetectedLanguage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article in a result list: what a reader needs to pick it, without body and tags. The one
 * place that shapes a list item; {@code GET /v1/articles/{id}} has the rest.
 */
@Schema(name = "ArticleHit", description = "An article in a result list; fetch it by id for body and tags.")
public record ArticleHit(
        UUID id,
        long version,
        String url,
        String source,
        String title,
        Instant publishedAt,
        List<String> authors,
        String section,
        Instant ingestedAt,
        Instant enrichedAt,
        int enrichmentVersion,
        DetectedLanguage language,

        @Schema(
                description = "Body text, HTML-escaped; the only markup is <mark>…</mark> around matched words."
                        + " Without q, the start of the body.")
        String snippet,

        @Schema(description = "The most salient entities, at most five")
        List<EntityRef> entities,

        List<TopicRef> topics,
        List<CountryRef> countries,

        @Schema(nullable = true, description = "The article this one duplicates, when known")
        UUID duplicateOf,

        @Schema(nullable = true, description = "The story the article belongs to: GET /v1/stories/{id}")
        StoryRef story) {

    @Schema(name = "EntityRef")
    public record EntityRef(String id, String type, String name) {}

    /** @param size how many articles the story has */
    @Schema(name = "StoryRef")
    public record StoryRef(UUID id, Integer size) {}

    @Schema(name = "TopicRef")
    public record TopicRef(String code, String label) {}

    @Schema(name = "CountryRef")
    public record CountryRef(String code, String name) {}
}
