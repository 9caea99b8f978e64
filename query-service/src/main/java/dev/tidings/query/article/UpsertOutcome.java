package dev.tidings.query.article;

/** What an upsert did with an article. */
public enum UpsertOutcome {
    /** The article was new, or newer than the stored one, and is now the stored one. */
    STORED,
    /** The stored article is as new or newer (a duplicate, a resubmission or an older version). */
    SKIPPED
}
