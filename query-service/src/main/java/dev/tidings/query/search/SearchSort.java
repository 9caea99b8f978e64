package dev.tidings.query.search;

import java.util.Locale;

/** The order of search results. */
public enum SearchSort {
    /** Best match first (needs {@code q}), then newest, then by id. */
    RELEVANCE,
    /** By publication time (first ingestion when undated), newest first, then by id. */
    NEWEST,
    /** The reverse of {@link #NEWEST}. */
    OLDEST;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return null when {@code text} names no order */
    public static SearchSort of(String text) {
        for (SearchSort sort : values()) {
            if (sort.parameter().equals(text)) {
                return sort;
            }
        }
        return null;
    }
}
