package dev.tidings.query.search;

import dev.tidings.http.FieldError;
import dev.tidings.http.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the query parameters of one request, collecting every problem so that a client learns all
 * of them at once. A parameter the endpoint does not know is an error rather than ignored: a
 * misspelt {@code contry=KP} must not silently return unfiltered results.
 */
public final class ParameterReader {
    private final Map<String, List<String>> parameters;
    private final List<FieldError> errors = new ArrayList<>();

    /**
     * @param known every parameter the endpoint takes
     * @param repeatable those of them that may be given more than once
     */
    public ParameterReader(Map<String, List<String>> parameters, Set<String> known, Set<String> repeatable) {
        this.parameters = parameters;
        // Sorted, so that the errors come in the same order every time.
        for (var parameter : new TreeMap<>(parameters).entrySet()) {
            String name = parameter.getKey();
            if (!known.contains(name)) {
                errors.add(new FieldError(
                        name, "unknown query parameter; known are " + String.join(", ", new TreeSet<>(known))));
            } else if (!repeatable.contains(name) && parameter.getValue().size() > 1) {
                errors.add(new FieldError(name, "must be given at most once"));
            }
        }
    }

    /** Refuses every parameter: for endpoints that take none. */
    public static void requireNone(Map<String, List<String>> parameters) {
        new ParameterReader(parameters, Set.of(), Set.of()).finish();
    }

    /** The value of a parameter given at most once, or null when absent (or repeated, reported already). */
    public String single(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    /** Every value of a repeatable parameter, in the order given; empty when absent. */
    public List<String> all(String name) {
        List<String> values = parameters.get(name);
        return values == null ? List.of() : values;
    }

    public void reject(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** @throws ProblemException a 400 naming every problem found, if any */
    public void finish() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** A whole number from 1 to {@code max}, {@code fallback} when absent. */
    public int limit(String name, int fallback, int max) {
        String text = single(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        reject(name, "must be a whole number from 1 to " + max);
        return fallback;
    }
}
