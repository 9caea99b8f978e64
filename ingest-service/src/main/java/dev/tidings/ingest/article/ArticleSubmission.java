package dev.tidings.ingest.article;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as a producer posts it. Everything is kept as sent (strings, not parsed types) so that
 * {@link ArticleSubmissionValidator} can report every bad field at once instead of Jackson stopping
 * at the first.
 *
 * @param unknownFields JSON fields this shape does not have: rejected, because they are almost
 *     always a producer's typo ({@code publishedDate} for {@code publishedAt}) that would otherwise
 *     lose data silently
 */
@Schema(name = "ArticleSubmission", description = "An article to ingest")
public record ArticleSubmission(
        @Schema(
                required = true,
                description = "Absolute http(s) URL of the article; its canonical form gives the article id",
                examples = "https://news.example.com/world/2025/04/harbour-ferry")
        String url,

        @Schema(
                maxLength = ArticleSubmissionValidator.MAX_TITLE_LENGTH,
                description = "Required, unless the body is an HTML page: enrichment then takes the page's own title")
        String title,

        @Schema(
                required = true,
                maxLength = ArticleSubmissionValidator.MAX_BODY_LENGTH,
                description = "The page text or HTML")
        String body,

        @Schema(description = "Publication or site name", examples = "Harbour Daily")
        String source,

        @Schema(
                description = "ISO-8601 date-time with offset",
                format = "date-time",
                examples = "2025-04-23T07:30:00+08:00")
        String publishedAt,

        @Schema(description = "BCP 47 language tag hinted by the producer", examples = "en")
        String language,

        @Schema(maxItems = ArticleSubmissionValidator.MAX_AUTHORS)
        List<String> authors,

        String section,

        @Schema(
                enumeration = {"text", "html"},
                description = "Format of body; detected from the body when absent")
        String contentType,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknownFields) {}
