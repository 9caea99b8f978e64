package dev.tidings.query.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.events.ArticleEnriched;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The column values {@link ArticleStore} writes for one enriched article: the one place that turns
 * an event into a row. JSON columns are carried as JSON text.
 *
 * @param tagsJson every field of the enriched document that is not an {@link ArticleEnriched}
 *     component, so that a tag added by a newer enricher is stored and served without a migration
 */
public record ArticleRow(
        UUID id,
        long version,
        String contentHash,
        int enrichmentVersion,
        String url,
        String source,
        String title,
        String body,
        Instant publishedAt,
        String authorsJson,
        String section,
        Instant ingestedAt,
        Instant enrichedAt,
        String languageCode,
        double languageConfidence,
        String entitiesJson,
        String tagsJson) {

    public static ArticleRow from(ArticleEnriched event, Map<String, JsonNode> tags, ObjectMapper json) {
        return new ArticleRow(
                event.id(),
                event.version(),
                event.contentHash(),
                event.enrichmentVersion(),
                event.url(),
                event.source(),
                event.title(),
                event.body(),
                event.publishedAt(),
                write(json, event.authors()),
                event.section(),
                event.ingestedAt(),
                event.enrichedAt(),
                event.language().code(),
                event.language().confidence(),
                write(json, event.entities()),
                write(json, tags));
    }

    private static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Lists and maps of plain values always serialize; this is not a record's fault.
            throw new UncheckedIOException(e);
        }
    }
}
