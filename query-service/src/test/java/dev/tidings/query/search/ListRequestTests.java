package dev.tidings.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidings.query.problem.FieldError;
import dev.tidings.query.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListRequestTests {
    private final CursorCodec cursors = new CursorCodec();

    @Test
    void noParametersMeansTheFirstPageOfTwenty() {
        ListRequest request = ListRequest.parse(Map.of(), cursors);

        assertEquals(20, request.limit());
        assertNull(request.after());
    }

    @Test
    void limitAndCursorAreTaken() {
        PageKey key = new PageKey(Instant.parse("2026-11-24T07:00:00Z"), UUID.randomUUID());

        ListRequest request =
                ListRequest.parse(Map.of("limit", List.of("100"), "cursor", List.of(cursors.encode(key))), cursors);

        assertEquals(100, request.limit());
        assertEquals(key, request.after());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> ListRequest.parse(
                        Map.of("limt", List.of("5"), "limit", List.of("-1"), "cursor", List.of("a", "b")), cursors));

        assertEquals(400, e.problem().status());
        assertEquals(
                List.of("cursor", "limt", "limit"),
                e.problem().errors().stream().map(FieldError::field).toList());
    }
}
