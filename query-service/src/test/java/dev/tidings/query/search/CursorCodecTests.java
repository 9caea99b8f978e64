package dev.tidings.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTests {
    private final CursorCodec codec = new CursorCodec();

    @Test
    void cursorGivesBackTheKeyItWasMadeFrom() {
        PageKey key = new PageKey(Instant.parse("2026-11-24T07:00:00.123456Z"), UUID.randomUUID());

        String cursor = codec.encode(key);

        assertEquals(key, codec.decode(cursor));
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "safe in a URL as is: " + cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "***", "bm90LWEtY3Vyc29y", "MnwyMDI2LTExLTI0VDA3OjAwOjAwWnxhYmM"})
    void anythingElseIsRejected(String cursor) {
        assertThrows(IllegalArgumentException.class, () -> codec.decode(cursor));
    }

    @Test
    void cursorOfAnotherFormatVersionIsRejected() {
        String other = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("2|2026-11-24T07:00:00Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        assertThrows(IllegalArgumentException.class, () -> codec.decode(other));
    }
}
