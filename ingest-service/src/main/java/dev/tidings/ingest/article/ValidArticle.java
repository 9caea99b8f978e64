package dev.tidings.ingest.article;

import java.time.Instant;
import java.util.List;

/**
 * A submission that passed {@link ArticleSubmissionValidator}: trimmed, blank optional fields made
 * {@code null}, the date parsed and the body format settled.
 */
public record ValidArticle(
        String url,
        String canonicalUrl,
        String title,
        String body,
        String source,
        Instant publishedAt,
        String language,
        List<String> authors,
        String section,
        BodyFormat contentType) {

    public ValidArticle {
        authors = List.copyOf(authors);
    }
}
