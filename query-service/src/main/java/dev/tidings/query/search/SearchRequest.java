package dev.tidings.query.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of {@code GET /v1/articles}, checked: the filter, the order and the page.
 *
 * @param after where the previous page ended; null for the first page
 * @param binding the hash of filter and order that this request's cursors carry
 */
public record SearchRequest(SearchFilter filter, SearchSort sort, int limit, PageKey after, String binding) {
    public static final String SORT = "sort";
    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final Set<String> KNOWN = known();

    /** @throws dev.tidings.query.problem.ProblemException naming every invalid or unknown parameter */
    public static SearchRequest parse(Map<String, List<String>> parameters, CursorCodec cursors) {
        ParameterReader reader = new ParameterReader(parameters, KNOWN, SearchFilter.REPEATABLE);
        SearchFilter filter = SearchFilter.read(reader);
        int limit = reader.limit(LIMIT, DEFAULT_LIMIT, MAX_LIMIT);
        SearchSort sort = filter.hasQuery() ? SearchSort.RELEVANCE : SearchSort.NEWEST;
        String sortText = reader.single(SORT);
        if (sortText != null) {
            SearchSort asked = SearchSort.of(sortText);
            if (asked == null) {
                reader.reject(SORT, "must be relevance, newest or oldest");
            } else if (asked == SearchSort.RELEVANCE && !filter.hasQuery()) {
                reader.reject(SORT, "relevance needs a full-text query q");
            } else {
                sort = asked;
            }
        }
        String binding = CursorCodec.binding(filter, sort);
        PageKey after = null;
        String cursor = reader.single(CURSOR);
        if (cursor != null) {
            boolean otherProblems = reader.hasErrors();
            try {
                after = cursors.decode(cursor, binding, sort == SearchSort.RELEVANCE);
            } catch (CursorCodec.InvalidCursor e) {
                if (e.otherQuery() && otherProblems) {
                    // The query itself is wrong; whether the cursor fits it is moot.
                    reader.finish();
                }
                reader.reject(
                        CURSOR,
                        e.otherQuery()
                                ? "belongs to another query or order; start again without a cursor"
                                : "must be a nextCursor from an earlier page");
            }
        }
        reader.finish();
        return new SearchRequest(filter, sort, limit, after, binding);
    }

    private static Set<String> known() {
        Set<String> known = new HashSet<>(SearchFilter.PARAMETERS);
        known.addAll(Set.of(SORT, LIMIT, CURSOR));
        return Set.copyOf(known);
    }
}
