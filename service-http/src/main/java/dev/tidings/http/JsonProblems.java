package dev.tidings.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Describes a Jackson failure in the client's terms: which field, and what JSON it should have
 * held. Jackson's own messages name Java types ({@code java.util.ArrayList<java.lang.String>}),
 * which say nothing to a client and leak how the service is built.
 */
final class JsonProblems {

    private JsonProblems() {}

    static Problem describe(JsonProcessingException failure) {
        String field = fieldOf(failure);
        if (failure instanceof MismatchedInputException mismatch) {
            // Inside a top-level array (or scalar) there are no fields: the body has the wrong shape.
            if (field.isEmpty() || field.startsWith("[")) {
                return ProblemType.MALFORMED_REQUEST.problem("The request body must be a JSON object.");
            }
            return ProblemType.MALFORMED_REQUEST.problem(
                    "Field '" + field + "' has the wrong JSON type.",
                    List.of(new FieldError(field, "must be " + expectedJson(mismatch.getTargetType()))));
        }
        if (failure instanceof JsonMappingException) {
            return ProblemType.MALFORMED_REQUEST.problem(
                    "The request body could not be read.",
                    field.isEmpty() ? List.of() : List.of(new FieldError(field, "has an unusable value")));
        }
        String detail = "The request body is not valid JSON" + where(failure.getLocation()) + ".";
        return ProblemType.MALFORMED_REQUEST.problem(
                detail, field.isEmpty() ? List.of() : List.of(new FieldError(field, "is not valid JSON")));
    }

    private static String fieldOf(JsonProcessingException failure) {
        if (failure instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    if (path.length() > 0) {
                        path.append('.');
                    }
                    path.append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        // A syntax error has no binding path, but the parser knows where in the document it was.
        if (failure.getProcessor() instanceof JsonParser parser) {
            return pathOf(parser.getParsingContext());
        }
        return "";
    }

    private static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
        }
        String name = context.getCurrentName();
        if (name == null) {
            return parent;
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String expectedJson(Class<?> target) {
        if (target == null) {
            return "a different JSON type";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (TemporalAccessor.class.isAssignableFrom(target)) {
            return "an ISO-8601 date-time with offset, e.g. 2025-04-23T07:30:00+08:00";
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "a boolean";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "a JSON object";
        }
        return "a different JSON type";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
