package dev.tidings.infra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Producer keys for ingest-service: a key is a random string the producer sends as a bearer token;
 * ingest is configured with the lower-case hex SHA-256 of each key it accepts, never the key.
 */
public final class IngestApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private IngestApiKeys() {}

    /** A new key: 32 random bytes, base64url without padding (43 characters). */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What {@code tidings.ingest.api-keys} holds for {@code key}. */
    public static String sha256Hex(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The header value for {@code key}. */
    public static String bearer(String key) {
        return "Bearer " + key;
    }
}
