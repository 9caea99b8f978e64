package dev.tidings.ingest.auth;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the token of an {@code Authorization: Bearer <token>} header (RFC 6750, section 2.1). */
final class BearerToken {
    /** RFC 6750's b64token, bounded: a key is 43 characters; nothing sane is over 512. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]{1,512}=*");

    private static final String SCHEME = "bearer ";

    private BearerToken() {}

    /** The token, or empty when the header is missing, of another scheme, or not a token. */
    static Optional<String> parse(String header) {
        if (header == null || header.length() <= SCHEME.length()) {
            return Optional.empty();
        }
        // The scheme is case-insensitive (RFC 9110, section 11.1).
        if (!header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
    }
}
