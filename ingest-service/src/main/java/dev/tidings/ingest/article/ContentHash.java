package dev.tidings.ingest.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of what a producer said about an article. query-service keeps the stored version when
 * the hash of a resubmission is unchanged, so the hash must depend on the content only: never on
 * JSON key order, whitespace between fields or the time of ingest.
 *
 * <p>Each field is written in a fixed order as {@code name:length:value}, or {@code name:-} when
 * absent, so that no two different submissions serialise alike (a title ending in the source's
 * first letters cannot collide with a shorter title and a longer source).
 */
public final class ContentHash {

    private ContentHash() {}

    public static String of(ValidArticle article) {
        StringBuilder canonical = new StringBuilder(article.body().length() + 512);
        field(canonical, "title", article.title());
        field(canonical, "body", article.body());
        field(canonical, "source", article.source());
        // As an instant, so "08:30+08:00" and "00:30Z" are the same publication time.
        field(
                canonical,
                "publishedAt",
                article.publishedAt() == null ? null : article.publishedAt().toString());
        field(canonical, "language", article.language());
        List<String> authors = article.authors();
        canonical.append("authors:").append(authors.size()).append('\n');
        authors.forEach(author -> field(canonical, "author", author));
        field(canonical, "section", article.section());
        field(canonical, "contentType", article.contentType().value());
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder canonical, String name, String value) {
        canonical.append(name).append(':');
        if (value == null) {
            canonical.append('-');
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append('\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's contract).
            throw new IllegalStateException(e);
        }
    }
}
