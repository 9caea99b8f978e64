package dev.tidings.ingest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Writes problems as {@code application/problem+json}. The JSON is made here rather than left to
 * the REST layer's writers so that the same bytes come out whether the problem was raised in a
 * resource, in an exception mapper or in a Vert.x route before any resource ran.
 */
@Singleton
public class ProblemWriter {
    private final ObjectMapper objectMapper;

    public ProblemWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String json(Problem problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // A problem is strings and numbers only; if even that fails, still answer with valid JSON.
            return "{\"title\":\"Internal error\",\"status\":500}";
        }
    }

    public RestResponse<String> response(Problem problem) {
        return RestResponse.ResponseBuilder.<String>create(problem.status())
                .entity(json(problem))
                .header("Content-Type", Problem.MEDIA_TYPE)
                .build();
    }
}
