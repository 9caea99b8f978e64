package dev.tidings.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The id of an article: a name-based UUID, version 5 (RFC 4122 / RFC 9562, SHA-1), of its canonical
 * URL in the URL namespace. Anyone can recompute it from the URL, e.g. Python's {@code
 * uuid.uuid5(uuid.NAMESPACE_URL, url)}, and a resubmission of the same article lands on the same id.
 * Part of the contract: ingest gives articles their ids with it, and enrichment's preview too.
 */
public final class ArticleId {

    /** RFC 4122 Appendix C: the namespace for names that are URLs. */
    public static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private ArticleId() {}

    public static UUID of(String canonicalUrl) {
        return uuid5(NAMESPACE_URL, canonicalUrl);
    }

    static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-1 (java.security.MessageDigest's contract).
            throw new IllegalStateException(e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
