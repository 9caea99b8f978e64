package dev.tidings.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article accepted by ingest, published on {@link ArticleTopics#INGESTED}. Schema: {@code
 * schema/article-ingested.v1.json}.
 *
 * @param id UUIDv5 of the canonical URL: the same URL always gives the same id
 * @param version grows with each submission of the same URL (epoch microseconds at ingest)
 * @param title as the producer sent it; {@code null} only for an HTML page sent without one, whose
 *     title enrichment takes from the page
 * @param contentHash SHA-256 of the submitted content; an unchanged resubmission has the same hash
 * @param contentType {@code text} or {@code html}
 */
public record ArticleIngested(
        UUID id,
        long version,
        String url,
        String canonicalUrl,
        String source,
        String title,
        String body,
        Instant publishedAt,
        String language,
        List<String> authors,
        String section,
        String contentType,
        String contentHash,
        Instant ingestedAt) {

    public ArticleIngested {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
