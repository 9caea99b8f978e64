package dev.tidings.query.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a {@link PageKey} into the opaque {@code cursor} a client passes back, and back again.
 * Clients must not build cursors; the format can change with its version prefix.
 */
@ApplicationScoped
public class CursorCodec {
    private static final String VERSION = "1";
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public String encode(PageKey key) {
        String text = VERSION + "|" + key.sortAt() + "|" + key.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code cursor} is not one that {@link #encode} made */
    public PageKey decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor this service gave out", e);
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 3
                || !VERSION.equals(parts[0])
                || !UUID_TEXT.matcher(parts[2]).matches()) {
            throw new IllegalArgumentException("not a cursor this service gave out");
        }
        try {
            return new PageKey(Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a cursor this service gave out", e);
        }
    }
}
