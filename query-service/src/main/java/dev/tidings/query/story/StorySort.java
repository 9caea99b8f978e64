package dev.tidings.query.story;

import java.util.Arrays;
import java.util.Locale;

/**
 * The orders of {@code GET /v1/stories}. Each ends on the story's start order ({@code seq}), unique,
 * so that keyset paging never repeats a story. {@code after} is a format whose two {@code %s} are the
 * placeholders of the cursor's key (the second unused by NEWEST).
 */
public enum StorySort {
    /** The most recently started first. A story's start never changes: paging neither skips nor repeats. */
    NEWEST("s.seq desc", "s.seq < %1$s"),
    /** The most recently active first (latest article). */
    RECENT("s.last_seen desc, s.seq desc", "(s.last_seen, s.seq) < (cast(%1$s as timestamptz), %2$s)"),
    /** The largest first. */
    SIZE("s.size desc, s.seq desc", "(s.size, s.seq) < (%1$s, %2$s)"),
    /**
     * The fastest growing first, against the story's own past: see {@link StoryRepository#TRENDING}.
     * Scored at the time of the first page, which the cursor carries, so that the pages of one
     * listing agree.
     */
    TRENDING("s.trend desc, s.seq desc", "(s.trend, s.seq) < (cast(%1$s as numeric), %2$s)");

    final String order;
    final String after;

    StorySort(String order, String after) {
        this.order = order;
        this.after = after;
    }

    /** The name in the API: the sort parameter's value. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static StorySort of(String text) {
        return Arrays.stream(values())
                .filter(s -> s.parameter().equals(text))
                .findFirst()
                .orElse(null);
    }
}
