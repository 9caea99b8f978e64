package dev.tidings.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Writes problems as {@code application/problem+json}. The JSON is made here rather than left to
 * the REST layer's writers, so that the same bytes come out whether the problem was raised in a
 * resource, in an exception mapper or in a Vert.x route before any resource ran, and whatever the
 * request's {@code Accept} header.
 */
@Singleton
public class Problems {
    private final ObjectMapper objectMapper;

    public Problems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public String json(Problem problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // A problem is strings and numbers only; if even that fails, still answer with valid JSON.
            return "{\"title\":\"Internal error\",\"status\":" + problem.status() + "}";
        }
    }

    public RestResponse<String> response(Problem problem) {
        return response(problem, Map.of());
    }

    public RestResponse<String> response(Problem problem, Map<String, String> headers) {
        RestResponse.ResponseBuilder<String> response = RestResponse.ResponseBuilder.<String>create(problem.status())
                .entity(json(problem))
                .header("Content-Type", Problem.MEDIA_TYPE);
        headers.forEach(response::header);
        return response.build();
    }
}
