package dev.tidings.query.search;

import dev.tidings.query.problem.FieldError;
import dev.tidings.query.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The query parameters of {@code GET /v1/articles}, checked. A parameter the service does not know
 * is an error rather than ignored, so that a misspelt {@code limt=5} does not silently page by 20.
 *
 * @param after where the previous page ended; null for the first page
 */
public record ListRequest(int limit, PageKey after) {
    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final Set<String> KNOWN = Set.of(LIMIT, CURSOR);

    /** @throws ProblemException naming every invalid or unknown parameter */
    public static ListRequest parse(Map<String, List<String>> parameters, CursorCodec cursors) {
        List<FieldError> errors = new ArrayList<>();
        // Sorted, so that the errors come in the same order every time.
        for (var parameter : new TreeMap<>(parameters).entrySet()) {
            if (!KNOWN.contains(parameter.getKey())) {
                errors.add(new FieldError(parameter.getKey(), "unknown query parameter; known are cursor and limit"));
            } else if (parameter.getValue().size() > 1) {
                errors.add(new FieldError(parameter.getKey(), "must be given at most once"));
            }
        }
        int limit = DEFAULT_LIMIT;
        String limitText = single(parameters, LIMIT);
        if (limitText != null) {
            limit = parseLimit(limitText, errors);
        }
        PageKey after = null;
        String cursor = single(parameters, CURSOR);
        if (cursor != null) {
            try {
                after = cursors.decode(cursor);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(CURSOR, "must be a nextCursor from an earlier page"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ListRequest(limit, after);
    }

    private static int parseLimit(String text, List<FieldError> errors) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        errors.add(new FieldError(LIMIT, "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }
}
