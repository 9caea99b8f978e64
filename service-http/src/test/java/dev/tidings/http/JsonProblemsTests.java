package dev.tidings.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jackson's failures told in JSON's words, naming the field. */
class JsonProblemsTests {
    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    record Submission(String title, List<String> authors, OffsetDateTime publishedAt) {}

    @Test
    void aFieldOfTheWrongTypeIsNamedWithTheJsonItShouldHold() {
        Problem problem = describe("{\"title\": \"A\", \"authors\": \"Ana\"}");

        assertEquals(ProblemType.MALFORMED_REQUEST.type(), problem.type());
        assertEquals(List.of(new FieldError("authors", "must be an array")), problem.errors());
    }

    @Test
    void aDateThatIsNotOneSaysWhatADateLooksLike() {
        Problem problem = describe("{\"title\": \"A\", \"publishedAt\": \"yesterday\"}");

        assertEquals("publishedAt", problem.errors().get(0).field());
        assertEquals(
                "must be an ISO-8601 date-time with offset, e.g. 2025-04-23T07:30:00+08:00",
                problem.errors().get(0).reason());
    }

    @Test
    void brokenJsonSaysWhereAndInWhichField() {
        Problem problem = describe("{\"title\": \"A\",\n \"section\": tbd}");

        assertEquals("The request body is not valid JSON (line 2, column 13).", problem.detail());
        assertEquals("section", problem.errors().get(0).field());
    }

    @Test
    void aBodyThatIsNotAnObjectIsSaidSo() {
        assertEquals(
                "The request body must be a JSON object.", describe("[1, 2]").detail());
    }

    private static Problem describe(String json) {
        return JsonProblems.describe(
                assertThrows(JsonProcessingException.class, () -> JSON.readValue(json, Submission.class)));
    }
}
