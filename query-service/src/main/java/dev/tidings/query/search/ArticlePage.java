package dev.tidings.query.search;

import dev.tidings.query.article.Article;
import dev.tidings.query.article.ArticleSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of articles, newest first.
 *
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
@Schema(name = "ArticlePage")
public record ArticlePage(
        List<ArticleSummary> items,

        @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last page")
        String nextCursor) {

    /**
     * @param rows up to {@code limit + 1} rows: one more than a page, to tell whether another page
     *     follows without a second query
     */
    public static ArticlePage of(List<Article> rows, int limit, CursorCodec cursors) {
        List<Article> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = null;
        if (rows.size() > limit) {
            Article last = page.get(page.size() - 1);
            next = cursors.encode(new PageKey(last.getSortAt(), last.getId()));
        }
        return new ArticlePage(page.stream().map(ArticleSummary::from).toList(), next);
    }
}
