package dev.tidings.query.article;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.query.search.ReaderDataSource;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Reads one stored article as the API serves it ({@link ArticleColumns#json}), through the reader
 * datasource like every other read; lists and searches are {@code ArticleSearchRepository}'s.
 */
@ApplicationScoped
public class ArticleRepository {
    static final String BY_ID = "select " + ArticleColumns.selected() + " from articles a where a.id = $1";

    private final Pool pool;

    public ArticleRepository(@ReactiveDataSource(ReaderDataSource.NAME) Pool pool) {
        this.pool = pool;
    }

    /** The article, or null when no article has this id. */
    public Uni<ObjectNode> findById(UUID id) {
        return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> {
            RowIterator<io.vertx.mutiny.sqlclient.Row> row = rows.iterator();
            return row.hasNext() ? ArticleColumns.json(row.next()) : null;
        });
    }
}
