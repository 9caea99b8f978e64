package dev.tidings.query.search;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a page ends: the sort key of its last article.
 *
 * @param rank the article's rank for the query, for the relevance order; null otherwise
 * @param searchedFrom for the relevance order, the start of the recency window the first page chose,
 *     which every later page keeps; null when the whole archive is ranked
 */
public record PageKey(Float rank, Instant sortAt, UUID id, Instant searchedFrom) {
    public PageKey(Float rank, Instant sortAt, UUID id) {
        this(rank, sortAt, id, null);
    }

    public PageKey(Instant sortAt, UUID id) {
        this(null, sortAt, id, null);
    }
}
