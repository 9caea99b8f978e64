package dev.tidings.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTests {
    private final CursorCodec codec = new CursorCodec();
    private final String newest = CursorCodec.binding(SearchFilter.NONE, SearchSort.NEWEST);

    @Test
    void cursorGivesBackTheKeyItWasMadeFrom() {
        PageKey key = new PageKey(Instant.parse("2026-11-24T07:00:00.123456Z"), UUID.randomUUID());

        String cursor = codec.encode(key, newest);

        assertEquals(key, codec.decode(cursor, newest, false));
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "safe in a URL as is: " + cursor);
    }

    @Test
    void rankSurvivesBitForBit() {
        PageKey key = new PageKey(0.060792748f, Instant.parse("2026-11-24T07:00:00Z"), UUID.randomUUID());
        String binding = CursorCodec.binding(withQuery("harbour pilots"), SearchSort.RELEVANCE);

        assertEquals(key, codec.decode(codec.encode(key, binding), binding, true));
    }

    @Test
    void theRelevanceWindowTravelsWithTheCursorSoLaterPagesRankTheSameMatches() {
        PageKey key = new PageKey(
                0.5f, Instant.parse("2026-11-24T07:00:00Z"), UUID.randomUUID(), Instant.parse("2026-11-10T07:00:00Z"));
        String binding = CursorCodec.binding(withQuery("harbour pilots"), SearchSort.RELEVANCE);

        assertEquals(key, codec.decode(codec.encode(key, binding), binding, true));
    }

    @Test
    void aCursorGivenOutBeforeTheWindowStillPagesThroughTheWholeArchive() {
        UUID id = UUID.randomUUID();
        String binding = CursorCodec.binding(withQuery("harbour pilots"), SearchSort.RELEVANCE);
        String before = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        ("2|3f000000|2026-11-24T07:00:00Z|" + id + "|" + binding).getBytes(StandardCharsets.UTF_8));

        assertEquals(
                new PageKey(0.5f, Instant.parse("2026-11-24T07:00:00Z"), id, null),
                codec.decode(before, binding, true));
    }

    @Test
    void cursorOfAnotherQueryOrOrderIsRefusedAsSuch() {
        String cursor = codec.encode(new PageKey(Instant.parse("2026-11-24T07:00:00Z"), UUID.randomUUID()), newest);
        String otherQuery = CursorCodec.binding(withQuery("strike"), SearchSort.NEWEST);
        String otherOrder = CursorCodec.binding(SearchFilter.NONE, SearchSort.OLDEST);

        assertTrue(assertThrows(CursorCodec.InvalidCursor.class, () -> codec.decode(cursor, otherQuery, false))
                .otherQuery());
        assertTrue(assertThrows(CursorCodec.InvalidCursor.class, () -> codec.decode(cursor, otherOrder, false))
                .otherQuery());
    }

    @Test
    void repeatedValuesInAnotherOrderAreTheSameQuery() {
        SearchFilter one = countries(List.of("KP", "CN"));
        SearchFilter other = countries(List.of("CN", "KP"));

        assertEquals(CursorCodec.binding(one, SearchSort.NEWEST), CursorCodec.binding(other, SearchSort.NEWEST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "***", "bm90LWEtY3Vyc29y", "MnwyMDI2LTExLTI0VDA3OjAwOjAwWnxhYmM"})
    void anythingElseIsRejected(String cursor) {
        CursorCodec.InvalidCursor e =
                assertThrows(CursorCodec.InvalidCursor.class, () -> codec.decode(cursor, newest, false));
        assertFalse(e.otherQuery());
    }

    @Test
    void cursorOfAnotherFormatVersionIsRejected() {
        String other = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("1|2026-11-24T07:00:00Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        assertThrows(IllegalArgumentException.class, () -> codec.decode(other, newest, false));
    }

    static SearchFilter withQuery(String q) {
        return new SearchFilter(
                q, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                false);
    }

    private static SearchFilter countries(List<String> countries) {
        return new SearchFilter(
                null, List.of(), List.of(), List.of(), countries, List.of(), List.of(), List.of(), null, null, null,
                null, false);
    }
}
