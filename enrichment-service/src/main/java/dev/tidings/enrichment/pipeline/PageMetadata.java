package dev.tidings.enrichment.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * What a page says about itself in its markup: meta tags, JSON-LD, {@code <time>}, {@code <html
 * lang>}. Each part is null (or empty) when the page does not say.
 *
 * @param title the headline: JSON-LD {@code headline}, {@code og:title}, {@code <title>} or the
 *     first {@code <h1>}, in that order
 * @param authors the people who wrote it, in byline order
 * @param publishedAt when it was first published
 * @param canonicalUrl the URL the page names as its own, absolute
 * @param language the language tag of {@code <html lang>}, e.g. {@code de} or {@code en-GB}
 * @param siteName the publication, e.g. {@code og:site_name}
 * @param imageUrl the page's lead image, absolute
 */
public record PageMetadata(
        String title,
        List<String> authors,
        Instant publishedAt,
        String canonicalUrl,
        String language,
        String siteName,
        String description,
        String imageUrl) {

    public static final PageMetadata NONE = new PageMetadata(null, List.of(), null, null, null, null, null, null);

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
