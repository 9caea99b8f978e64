package dev.tidings.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article with its tags, published by enrichment on {@link ArticleTopics#ENRICHED}. Schema:
 * {@code schema/article-enriched.v1.json}. Field names are the query API's response names.
 *
 * @param body the main story; every offset in the tags indexes into it
 * @param enrichmentVersion the version of the enricher that made the tags, so that a replay
 *     through a newer enricher can replace older tags and an older one never overwrites newer ones
 */
public record ArticleEnriched(
        UUID id,
        long version,
        String url,
        String source,
        String title,
        String body,
        Instant publishedAt,
        List<String> authors,
        String section,
        String contentHash,
        Instant ingestedAt,
        Instant enrichedAt,
        int enrichmentVersion,
        DetectedLanguage language,
        List<Entity> entities) {

    public ArticleEnriched {
        authors = authors == null ? List.of() : List.copyOf(authors);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
