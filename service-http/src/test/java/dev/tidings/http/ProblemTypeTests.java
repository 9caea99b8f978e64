package dev.tidings.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ProblemTypeTests {

    @Test
    void theHttpLayersOwnErrorsHaveTheirTypes() {
        assertEquals(
                URI.create("https://tidings.dev/problems/not-found"),
                ProblemType.forStatus(404, "x").type());
        assertEquals(
                URI.create("https://tidings.dev/problems/bad-request"),
                ProblemType.forStatus(400, "x").type());
        assertEquals(
                URI.create("https://tidings.dev/problems/method-not-allowed"),
                ProblemType.forStatus(405, "x").type());
    }

    @Test
    void aStatusWithNoTypeOfItsOwnIsAboutBlankTitledByTheStatus() {
        Problem problem = ProblemType.forStatus(431, "Headers too large.");

        assertEquals(Problem.BLANK, problem.type());
        assertEquals("Request Header Fields Too Large", problem.title());
        assertEquals(431, problem.status());
    }

    @Test
    void aServerErrorIsAnInternalError() {
        assertEquals(
                ProblemType.INTERNAL_ERROR.type(),
                ProblemType.forStatus(502, "x").type());
        assertEquals(500, ProblemType.forStatus(502, "x").status());
    }
}
