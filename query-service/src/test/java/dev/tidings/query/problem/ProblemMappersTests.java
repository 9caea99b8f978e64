package dev.tidings.query.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

class ProblemMappersTests {
    @Test
    void unexpectedFailureTellsNothingOfItsInternals() {
        RestResponse<Problem> response =
                new ProblemMappers().unexpected(new IllegalStateException("pool dev.tidings.secret exhausted"), null);

        assertEquals(500, response.getStatus());
        assertEquals("application/problem+json", response.getHeaderString("Content-Type"));
        Problem problem = response.getEntity();
        assertEquals("Internal Server Error", problem.title());
        assertFalse(String.valueOf(problem).contains("secret"));
        assertFalse(String.valueOf(problem).contains("IllegalStateException"));
    }
}
