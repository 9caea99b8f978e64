package dev.tidings.query.search;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of search results.
 *
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 * @param searchedFrom for the relevance order, the start of the recency window ranked (see
 *     {@link ArticleSearchRepository#WINDOW_ARTICLES}); null when the whole archive was
 */
@Schema(name = "ArticlePage")
public record ArticlePage(
        List<ArticleHit> items,

        @Schema(
                nullable = true,
                description = "Pass as cursor, with the same query, for the next page; null on the last page")
        String nextCursor,

        @Schema(
                nullable = true,
                description = "In the relevance order: only the matches published (or, undated, first seen) at or"
                        + " after this time are ranked, the narrowest recent window with a full first page, so"
                        + " that a common word need not rank the whole archive; the list ends with that window."
                        + " Null when every match was ranked. Ask with from= for an older span. Time orders"
                        + " (newest, oldest) always list every match and leave this null.")
        Instant searchedFrom) {

    public ArticlePage(List<ArticleHit> items, String nextCursor) {
        this(items, nextCursor, null);
    }
}
