package dev.tidings.query.search;

import dev.tidings.http.ProblemException;

/** What to tell a client whose full-text query has nothing to search for. */
public final class QueryWords {
    private QueryWords() {}

    /**
     * {@code websearch_to_tsquery} accepts any text; a query of stop words or punctuation alone
     * ("the", "-") becomes an empty query that matches nothing. Checked only when a search found
     * nothing, so that a successful search pays no extra query.
     */
    public static void refuseIfEmpty(boolean noSearchableWord) {
        if (noSearchableWord) {
            throw ProblemException.invalid(
                    SearchFilter.Q, "has no word to search for: only stop words such as \"the\" or punctuation");
        }
    }
}
