package dev.tidings.query.search;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a page ends: the sort key of its last article.
 *
 * @param rank the article's rank for the query, for the relevance order; null otherwise
 */
public record PageKey(Float rank, Instant sortAt, UUID id) {
    public PageKey(Instant sortAt, UUID id) {
        this(null, sortAt, id);
    }
}
