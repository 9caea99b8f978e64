package dev.tidings.query.story;

import java.util.Arrays;
import java.util.Locale;

/**
 * The orders of {@code GET /v1/stories}. Each ends on the story's start order ({@code seq}), unique,
 * so that keyset paging never repeats a story.
 */
enum StorySort {
    /** The most recently started first. A story's start never changes: paging neither skips nor repeats. */
    NEWEST("s.seq desc", "s.seq < $1"),
    /** The most recently active first (latest article). */
    RECENT("s.last_seen desc, s.seq desc", "(s.last_seen, s.seq) < (cast($1 as timestamptz), $2)"),
    /** The largest first. */
    SIZE("s.size desc, s.seq desc", "(s.size, s.seq) < ($1, $2)");

    final String order;
    final String after;

    StorySort(String order, String after) {
        this.order = order;
        this.after = after;
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static StorySort of(String text) {
        return Arrays.stream(values())
                .filter(s -> s.parameter().equals(text))
                .findFirst()
                .orElse(null);
    }
}
