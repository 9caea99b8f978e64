package dev.tidings.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidings.http.FieldError;
import dev.tidings.http.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchRequestTests {
    private final CursorCodec cursors = new CursorCodec();

    @Test
    void noParametersMeansTheFirstPageOfTwentyNewestFirst() {
        SearchRequest request = SearchRequest.parse(Map.of(), cursors);

        assertEquals(20, request.limit());
        assertNull(request.after());
        assertEquals(SearchSort.NEWEST, request.sort());
        assertEquals(SearchFilter.NONE, request.filter());
    }

    @Test
    void limitAndCursorAreTaken() {
        PageKey key = new PageKey(Instant.parse("2026-11-24T07:00:00Z"), UUID.randomUUID());
        String cursor = cursors.encode(key, CursorCodec.binding(SearchFilter.NONE, SearchSort.NEWEST));

        SearchRequest request =
                SearchRequest.parse(Map.of("limit", List.of("100"), "cursor", List.of(cursor)), cursors);

        assertEquals(100, request.limit());
        assertEquals(key, request.after());
    }

    @Test
    void queryMakesRelevanceTheDefaultOrder() {
        SearchRequest request = SearchRequest.parse(Map.of("q", List.of("  harbour pilots ")), cursors);

        assertEquals(SearchSort.RELEVANCE, request.sort());
        assertEquals("harbour pilots", request.filter().q());
    }

    @Test
    void filtersAreNormalised() {
        SearchRequest request = SearchRequest.parse(
                Map.of(
                        "country", List.of("kp", "CN"),
                        "from", List.of("2026-11-24"),
                        "to", List.of("2026-11-24"),
                        "minTone", List.of("-2.5")),
                cursors);

        assertEquals(List.of("KP", "CN"), request.filter().countries());
        assertEquals(Instant.parse("2026-11-24T00:00:00Z"), request.filter().from());
        assertEquals(
                Instant.parse("2026-11-24T23:59:59.999999Z"), request.filter().to());
        assertEquals(-2.5, request.filter().minTone());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> SearchRequest.parse(
                        Map.of(
                                "limt", List.of("5"),
                                "limit", List.of("-1"),
                                "cursor", List.of("a", "b"),
                                "topic", List.of("politics"),
                                "sort", List.of("relevance")),
                        cursors));

        assertEquals(400, e.problem().status());
        assertEquals(
                List.of("cursor", "limt", "topic", "limit", "sort"),
                e.problem().errors().stream().map(FieldError::field).toList());
    }
}
