package dev.tidings.enrichment.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.tidings.enrichment.rest.InvalidArticleException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches a client into an RFC 9457 problem. No response carries a
 * stack trace, an exception message from a library or a Java class name.
 */
public class ProblemResponses {

    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e, UriInfo uri) {
        return respond(
                ProblemType.INVALID_ARTICLE.problem("The article lacks what tagging needs.", path(uri), e.errors()));
    }

    /** Well-formed JSON of the wrong shape: a field of the wrong type, or not an object at all. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = fieldPath(e);
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_REQUEST.problem("The body must be a JSON object.", path(uri)));
        }
        return respond(ProblemType.MALFORMED_REQUEST.problem(
                "A field has the wrong type.", path(uri), List.of(new FieldError(field, expected(e.getTargetType())))));
    }

    /** Framework errors: bad JSON syntax, unknown route, wrong method or content type. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(
                    ProblemType.MALFORMED_REQUEST.problem("The body is not valid JSON" + where(json) + ".", path(uri)));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "Request to %s failed", path(uri));
            return respond(ProblemType.INTERNAL_ERROR.problem("The request could not be handled.", path(uri)));
        }
        return respond(ProblemType.forStatus(status).problem(detail(status), path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Log.errorf(e, "Unexpected error on %s", path(uri));
        return respond(ProblemType.INTERNAL_ERROR.problem("The request could not be handled.", path(uri)));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is not valid.";
            case 404 -> "No resource at this path.";
            case 405 -> "This resource does not support the method.";
            case 406 -> "This resource answers application/json only.";
            case 413 -> "The request body is too large.";
            case 415 -> "The body must be application/json.";
            default -> "The request could not be handled.";
        };
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What the field should have been, in JSON words rather than Java types. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (TemporalAccessor.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date-time with offset, e.g. 2025-04-23T07:30:00+08:00";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        return "has the wrong type";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
