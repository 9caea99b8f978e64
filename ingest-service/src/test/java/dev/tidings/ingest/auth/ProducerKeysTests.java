package dev.tidings.ingest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProducerKeysTests {
    private static final String KEY = "harbour-desk-key-for-this-test";
    private static final String HASH = HexFormat.of().formatHex(ProducerKeys.sha256(KEY));

    @Test
    void aConfiguredKeyIsKnownByItsHashAndOthersAreNot() {
        ProducerKeys keys = new ProducerKeys(List.of(HexFormat.of().formatHex(ProducerKeys.sha256("other")), HASH));
        assertEquals(Optional.of(HASH), keys.identify(KEY));
        assertFalse(keys.identify(KEY + " ").isPresent());
        assertFalse(keys.identify(HASH).isPresent(), "the hash itself is not a key");
    }

    @Test
    void aKeyPastedWhereItsHashBelongsStopsTheStartWithoutShowingIt() {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> new ProducerKeys(List.of(HASH, KEY)));
        assertTrue(refused.getMessage().contains("entry 2"), refused.getMessage());
        assertFalse(refused.getMessage().contains(KEY), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> new ProducerKeys(List.of(HASH.toUpperCase())));
        assertThrows(IllegalStateException.class, () -> new ProducerKeys(List.of(" ")));
    }

    @Test
    void onlyBearerTokensAreRead() {
        assertEquals(Optional.of("abc-123_~+/="), BearerToken.parse("Bearer abc-123_~+/="));
        assertEquals(Optional.of("abc"), BearerToken.parse("BEARER abc"));
        for (String header : new String[] {null, "", "Bearer", "Bearer ", "Basic abc", "Bearer a b", "Bearer \u00e9"}) {
            assertFalse(BearerToken.parse(header).isPresent(), String.valueOf(header));
        }
        assertFalse(BearerToken.parse("Bearer " + "k".repeat(513)).isPresent());
    }
}
