package dev.tidings.query.article;

import dev.tidings.query.search.PageKey;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads stored articles. */
@ApplicationScoped
@WithSession
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {
    private static final Sort NEWEST_FIRST =
            Sort.by("sortAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);

    /**
     * Up to {@code limit} articles, newest first, that come after {@code after} in that order (all
     * from the newest when it is null). Keyset paging: an article stored meanwhile lands before or
     * after the key, never shifting the pages still to come.
     */
    public Uni<List<Article>> listNewestFirst(PageKey after, int limit) {
        if (after == null) {
            return findAll(NEWEST_FIRST).range(0, limit - 1).list();
        }
        return find("(sortAt, id) < (?1, ?2)", NEWEST_FIRST, after.sortAt(), after.id())
                .range(0, limit - 1)
                .list();
    }
}
