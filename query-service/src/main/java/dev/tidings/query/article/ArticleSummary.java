package dev.tidings.query.article;

import dev.tidings.events.DetectedLanguage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored article in a listing: what a reader needs to pick it, without body and tags. The one
 * place that turns a row into a list item; {@code GET /v1/articles/{id}} has the rest.
 */
@Schema(name = "ArticleSummary", description = "An article in a listing; fetch it by id for body and tags.")
public record ArticleSummary(
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
        DetectedLanguage language) {

    public static ArticleSummary from(Article article) {
        return new ArticleSummary(
                article.getId(),
                article.getVersion(),
                article.getUrl(),
                article.getSource(),
                article.getTitle(),
                article.getPublishedAt(),
                article.getAuthors(),
                article.getSection(),
                article.getIngestedAt(),
                article.getEnrichedAt(),
                article.getEnrichmentVersion(),
                new DetectedLanguage(article.getLanguageCode(), article.getLanguageConfidence()));
    }
}
