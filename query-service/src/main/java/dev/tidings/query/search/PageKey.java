package dev.tidings.query.search;

import java.time.Instant;
import java.util.UUID;

/** Where a page ends in the newest-first order: the sort time and id of its last article. */
public record PageKey(Instant sortAt, UUID id) {}
