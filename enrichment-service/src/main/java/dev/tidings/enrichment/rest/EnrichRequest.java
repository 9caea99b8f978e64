package dev.tidings.enrichment.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article to tag, in the shape a producer posts to ingest-service. */
@Schema(name = "EnrichRequest", description = "An article to tag without publishing it")
public record EnrichRequest(
        @Schema(
                description = "The article's URL; when given, the id is its UUIDv5, as ingest would make it",
                examples = "https://news.example.com/world/2025/04/harbour-ferry")
        String url,

        @Schema(
                description =
                        "Required, except for an HTML page: then the page's own title is taken when it is left out")
        String title,

        @Schema(
                required = true,
                description = "The article as text (the main story), or a whole HTML page, whose article's text is"
                        + " then the body; entity offsets index into the body returned")
        String body,

        @Schema(description = "Publication or site name; for an HTML page, og:site_name when left out")
        String source,

        @Schema(description = "ISO-8601 date-time with offset", examples = "2025-04-23T07:30:00+08:00")
        OffsetDateTime publishedAt,

        @Schema(description = "Language hinted by the producer; the detected language is what counts")
        String language,

        List<String> authors,
        String section,

        @Schema(
                enumeration = {"text", "html"},
                description = "html: the body is a whole page; a body that starts with HTML tags is taken as one too")
        String contentType) {}
