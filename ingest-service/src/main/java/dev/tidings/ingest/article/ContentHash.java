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
        // Fed piece by piece: the UTF-8 of a text is the UTF-8 of its pieces one after another, so
        // the digest is the same as of the whole serialisation, without copying the body into it.
        MessageDigest digest = sha256();
        field(digest, "title", article.title());
        field(digest, "body", article.body());
        field(digest, "source", article.source());
        // As an instant, so "08:30+08:00" and "00:30Z" are the same publication time.
        field(
                digest,
                "publishedAt",
                article.publishedAt() == null ? null : article.publishedAt().toString());
        field(digest, "language", article.language());
        List<String> authors = article.authors();
        update(digest, "authors:" + authors.size() + "\n");
        authors.forEach(author -> field(digest, "author", author));
        field(digest, "section", article.section());
        field(digest, "contentType", article.contentType().value());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String name, String value) {
        if (value == null) {
            update(digest, name + ":-\n");
        } else {
            update(digest, name + ":" + value.length() + ":");
            update(digest, value);
            update(digest, "\n");
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
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
