package dev.tidings.query.story;

import dev.tidings.query.search.ArticleHit;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /v1/stories/{id}}: the story, what it is about and when it grew, and one page of its
 * articles, newest first. The entities, countries and timeline count every article of the story
 * (duplicates too), on every page.
 *
 * @param entities the entities most of its articles name, most first (at most 10)
 * @param countries the countries most of its articles are about, most first (at most 10)
 * @param timeline its articles per hour (by publication time, else ingestion time), oldest first;
 *     hours without an article are left out
 */
@Schema(name = "StoryDetail")
public record StoryDetail(
        StorySummary story,
        List<EntityCount> entities,
        List<CountryCount> countries,
        List<HourCount> timeline,
        List<ArticleHit> articles,

        @Schema(nullable = true, description = "Pass as cursor for the next page of articles; null on the last")
        String nextCursor) {

    /** An entity and how many of the story's articles name it. */
    @Schema(name = "StoryEntity")
    public record EntityCount(String id, String type, String name, int articles) {}

    /** An ISO 3166-1 alpha-2 country and how many of the story's articles are about it. */
    @Schema(name = "StoryCountry")
    public record CountryCount(String code, int articles) {}

    /** The story's articles in the hour that starts at {@code hour} (UTC). */
    @Schema(name = "StoryHour")
    public record HourCount(Instant hour, int articles) {}
}
