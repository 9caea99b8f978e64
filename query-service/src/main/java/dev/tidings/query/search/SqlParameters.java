package dev.tidings.query.search;

import java.util.ArrayList;
import java.util.List;

/** The positional parameters ({@code $1, $2…}) of one SQL statement being built. */
public final class SqlParameters {
    private final List<Object> values = new ArrayList<>();

    /** Adds a value and returns its placeholder. */
    public String add(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    public List<Object> values() {
        return values;
    }
}
