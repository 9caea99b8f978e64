package dev.tidings.enrichment.rest;

import dev.tidings.enrichment.segment.HtmlPageCleaner;
import dev.tidings.events.ArticleId;
import dev.tidings.events.ArticleIngested;
import dev.tidings.http.FieldError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Makes an {@link ArticleIngested} of a preview request, as ingest would, so that a preview runs
 * through exactly the code a Kafka record does.
 *
 * <p>Version 0, since nothing was ingested. The id is the UUIDv5 of the URL as given (ingest takes
 * it of the canonical URL, so the two agree for canonical URLs), or random without a URL. The
 * content hash is the SHA-256 of the body.
 */
final class PreviewArticle {

    private PreviewArticle() {}

    static ArticleIngested of(EnrichRequest request, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new FieldError("title", "is required unless the body is an HTML page"));
            errors.add(new FieldError("body", "is required"));
            throw new InvalidArticleException(errors);
        }
        boolean html = HtmlPageCleaner.isHtml(request.body(), request.contentType());
        if ((request.title() == null || request.title().isBlank()) && !html) {
            errors.add(new FieldError("title", "is required unless the body is an HTML page"));
        }
        if (request.body() == null || request.body().isBlank()) {
            errors.add(new FieldError("body", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        String url = request.url() == null || request.url().isBlank()
                ? null
                : request.url().strip();
        return new ArticleIngested(
                url == null ? UUID.randomUUID() : ArticleId.of(url),
                0,
                url,
                url,
                request.source(),
                request.title() == null || request.title().isBlank() ? null : request.title(),
                request.body(),
                request.publishedAt() == null ? null : request.publishedAt().toInstant(),
                request.language(),
                request.authors(),
                request.section(),
                request.contentType() == null ? "text" : request.contentType(),
                HexFormat.of().formatHex(digest("SHA-256", request.body().getBytes(StandardCharsets.UTF_8))),
                now);
    }

    private static byte[] digest(String algorithm, byte[] input) {
        try {
            return MessageDigest.getInstance(algorithm).digest(input);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-1 and SHA-256 (MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    }
}
