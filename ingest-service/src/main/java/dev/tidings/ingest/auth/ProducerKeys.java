package dev.tidings.ingest.auth;

import dev.tidings.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The producer keys ingest accepts, held only as SHA-256 hashes: a leaked configuration or heap dump
 * does not hand out a key. A presented key is hashed and compared with every configured hash in
 * constant time, so that the time an answer takes says nothing about how close a guess was.
 */
@ApplicationScoped
public class ProducerKeys {
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final List<byte[]> hashes;

    @Inject
    public ProducerKeys(IngestConfig config) {
        this(config.apiKeys());
    }

    ProducerKeys(List<String> configuredHashes) {
        List<String> hashes = configuredHashes.stream()
                .map(String::strip)
                .filter(hash -> !hash.isEmpty())
                .toList();
        if (hashes.isEmpty()) {
            throw new IllegalStateException(
                    "tidings.ingest.api-keys (TIDINGS_INGEST_API_KEYS) names no key: ingest would refuse everyone");
        }
        for (int i = 0; i < hashes.size(); i++) {
            if (!SHA_256_HEX.matcher(hashes.get(i)).matches()) {
                // Says which entry, never what it holds: it may be a key pasted by mistake.
                throw new IllegalStateException("tidings.ingest.api-keys entry " + (i + 1)
                        + " is not a lower-case hex SHA-256 (64 characters 0-9a-f); configure the hash of each"
                        + " key, e.g. printf '%s' \"$KEY\" | sha256sum");
            }
        }
        this.hashes = hashes.stream().map(HexFormat.of()::parseHex).toList();
    }

    /** The hash of the key when ingest accepts it, as the producer's identity (for rate limits). */
    public Optional<String> identify(String presentedKey) {
        byte[] presented = sha256(presentedKey);
        byte[] match = null;
        // Every hash is compared, match or not, so the work done never depends on which one matched.
        for (byte[] hash : hashes) {
            if (MessageDigest.isEqual(hash, presented)) {
                match = hash;
            }
        }
        return match == null ? Optional.empty() : Optional.of(HexFormat.of().formatHex(match));
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
