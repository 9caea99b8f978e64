package dev.tidings.query.article;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored article as the API returns it: the one place that turns a row into the article JSON.
 * Field names are those of the enriched event. Tag fields stored without a column of their own
 * ({@link Article#getTags()}) follow as further top-level fields.
 */
@Schema(
        name = "Article",
        description = "An enriched article. Tag fields added by newer enrichers appear as further fields.")
@JsonPropertyOrder({
    "id",
    "version",
    "url",
    "source",
    "title",
    "body",
    "publishedAt",
    "authors",
    "section",
    "ingestedAt",
    "enrichedAt",
    "enrichmentVersion",
    "language",
    "entities",
    "duplicateOf"
})
public record ArticleView(
        UUID id,
        long version,
        String url,
        String source,
        String title,

        @Schema(description = "The main story; entity mention offsets index into it (UTF-16 code units)")
        String body,

        Instant publishedAt,
        List<String> authors,
        String section,
        Instant ingestedAt,
        Instant enrichedAt,
        int enrichmentVersion,
        DetectedLanguage language,
        List<Entity> entities,

        @Schema(nullable = true, description = "The article this one duplicates, when known")
        UUID duplicateOf,

        @JsonIgnore @Schema(hidden = true) Map<String, Object> tags) {

    public static ArticleView from(Article article) {
        return new ArticleView(
                article.getId(),
                article.getVersion(),
                article.getUrl(),
                article.getSource(),
                article.getTitle(),
                article.getBody(),
                article.getPublishedAt(),
                article.getAuthors(),
                article.getSection(),
                article.getIngestedAt(),
                article.getEnrichedAt(),
                article.getEnrichmentVersion(),
                new DetectedLanguage(article.getLanguageCode(), article.getLanguageConfidence()),
                article.getEntities(),
                article.getDuplicateOf(),
                article.getTags());
    }

    @JsonAnyGetter
    Map<String, Object> tagFields() {
        return tags;
    }
}
