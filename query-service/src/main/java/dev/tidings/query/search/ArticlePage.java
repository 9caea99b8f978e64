package dev.tidings.query.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of search results.
 *
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
@Schema(name = "ArticlePage")
public record ArticlePage(
        List<ArticleHit> items,

        @Schema(
                nullable = true,
                description = "Pass as cursor, with the same query, for the next page; null on the last page")
        String nextCursor) {}
