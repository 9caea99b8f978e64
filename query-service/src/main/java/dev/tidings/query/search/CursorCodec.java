package dev.tidings.query.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a {@link PageKey} into the opaque {@code cursor} a client passes back, and back again.
 * Clients must not build cursors; the format can change with its version prefix.
 *
 * <p>A cursor is bound to the query that made it: it carries a hash of the filter and the order,
 * and is refused with any other, since its key means nothing in another result list.
 */
@ApplicationScoped
public class CursorCodec {
    private static final String VERSION = "3";
    /** Cursors given out before the relevance window: they rank the whole archive. */
    private static final String WHOLE_ARCHIVE_VERSION = "2";

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern RANK_BITS = Pattern.compile("[0-9a-f]{1,8}");

    /** Why a cursor was refused. */
    public static class InvalidCursor extends IllegalArgumentException {
        private final boolean otherQuery;

        InvalidCursor(boolean otherQuery) {
            super(otherQuery ? "a cursor of another query" : "not a cursor this service gave out");
            this.otherQuery = otherQuery;
        }

        /** True when the cursor is genuine but was made for another filter or order. */
        public boolean otherQuery() {
            return otherQuery;
        }
    }

    /** The hash a cursor carries of the query it pages through. */
    public static String binding(SearchFilter filter, SearchSort sort) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((sort.parameter() + "\u001d" + filter.canonical()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encode(PageKey key, String binding) {
        // The rank travels as its exact bits: the next page compares it with the same float.
        String rank = key.rank() == null ? "" : Integer.toHexString(Float.floatToIntBits(key.rank()));
        String from = key.searchedFrom() == null ? "" : key.searchedFrom().toString();
        String text = String.join(
                "|", VERSION, rank, key.sortAt().toString(), key.id().toString(), binding, from);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param binding the hash of the query the cursor is used with
     * @param ranked whether that query's order is by rank
     * @throws InvalidCursor when {@code cursor} is not one that {@link #encode} made for this query
     */
    public PageKey decode(String cursor, String binding, boolean ranked) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursor(false);
        }
        String[] parts = text.split("\\|", -1);
        boolean current = parts.length == 6 && VERSION.equals(parts[0]);
        boolean whole = parts.length == 5 && WHOLE_ARCHIVE_VERSION.equals(parts[0]);
        if (!(current || whole)
                || !(parts[1].isEmpty() || RANK_BITS.matcher(parts[1]).matches())
                || !UUID_TEXT.matcher(parts[3]).matches()) {
            throw new InvalidCursor(false);
        }
        Instant sortAt;
        Instant searchedFrom;
        try {
            sortAt = Instant.parse(parts[2]);
            searchedFrom = current && !parts[5].isEmpty() ? Instant.parse(parts[5]) : null;
        } catch (DateTimeParseException e) {
            throw new InvalidCursor(false);
        }
        if (!parts[4].equals(binding) || parts[1].isEmpty() == ranked) {
            throw new InvalidCursor(true);
        }
        Float rank = ranked ? Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16)) : null;
        return new PageKey(rank, sortAt, UUID.fromString(parts[3]), searchedFrom);
    }
}
