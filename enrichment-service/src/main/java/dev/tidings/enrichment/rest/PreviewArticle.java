package dev.tidings.enrichment.rest;

import dev.tidings.enrichment.problem.FieldError;
import dev.tidings.events.ArticleIngested;
import java.nio.ByteBuffer;
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

    /** RFC 4122 Appendix C: the namespace for names that are URLs. */
    static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private PreviewArticle() {}

    static ArticleIngested of(EnrichRequest request, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new FieldError("title", "is required"));
            errors.add(new FieldError("body", "is required"));
            throw new InvalidArticleException(errors);
        }
        if (request.title() == null || request.title().isBlank()) {
            errors.add(new FieldError("title", "is required"));
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
                url == null ? UUID.randomUUID() : uuid5(NAMESPACE_URL, url),
                0,
                url,
                url,
                request.source(),
                request.title(),
                request.body(),
                request.publishedAt() == null ? null : request.publishedAt().toInstant(),
                request.language(),
                request.authors(),
                request.section(),
                request.contentType() == null ? "text" : request.contentType(),
                HexFormat.of().formatHex(digest("SHA-256", request.body().getBytes(StandardCharsets.UTF_8))),
                now);
    }

    /** A name-based UUID, version 5 (RFC 9562): the same URL always gives the same id. */
    static UUID uuid5(UUID namespace, String name) {
        byte[] namespaceBytes = ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array();
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[namespaceBytes.length + nameBytes.length];
        System.arraycopy(namespaceBytes, 0, input, 0, namespaceBytes.length);
        System.arraycopy(nameBytes, 0, input, namespaceBytes.length, nameBytes.length);
        byte[] hash = digest("SHA-1", input);
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
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
