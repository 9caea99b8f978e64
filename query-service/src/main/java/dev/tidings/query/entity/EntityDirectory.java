package dev.tidings.query.entity;

import dev.tidings.query.search.ReaderDataSource;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds entities by the start of a name or alias, most mentioned first. */
@ApplicationScoped
public class EntityDirectory {
    /*
     * Reads what the writes keep (V12__entity_directory.sql), so that a short prefix costs the
     * entities it matches, not the articles that mention them: the distinct names and aliases of
     * each entity (entity_names) and its listed articles (facet_counts, by type). Names are
     * lowercased by the server on both sides. The prefix range uses the text_pattern_ops index (byte
     * order, any locale): from the prefix up to the prefix followed by the highest code point, which
     * every name starting with the prefix sorts below.
     */
    private static final String SUGGEST = """
            with matched as (
                select distinct n.entity_id, n.type from entity_names n
                where lower(n.name) ~>=~ lower($1) and lower(n.name) ~<~ (lower($1) || chr(1114111))
                  and ($2::text is null or n.type = $2)
            ), counted as (
                select m.entity_id, m.type, f.n as article_count
                from matched m
                join facet_counts f on f.dimension = m.type and f.value = m.entity_id
                where f.n > 0
                order by f.n desc, m.entity_id
                limit $3
            )
            select c.entity_id, c.type, c.article_count,
                   (select n.name from entity_names n where n.entity_id = c.entity_id and n.kind = 'name'
                    group by n.name order by sum(n.mentions) desc, n.name limit 1) as name,
                   array(select distinct n.name from entity_names n
                         where n.entity_id = c.entity_id and n.kind = 'alias' order by n.name limit 20) as aliases
            from counted c
            order by c.article_count desc, c.entity_id
            """;

    private final Pool pool;

    public EntityDirectory(@ReactiveDataSource(ReaderDataSource.NAME) Pool pool) {
        this.pool = pool;
    }

    /** @param type PERSON, ORGANIZATION, LOCATION or MISC; null for any */
    public Uni<List<EntitySuggestion>> suggest(String prefix, String type, int limit) {
        return pool.preparedQuery(SUGGEST)
                .execute(Tuple.of(prefix, type, limit))
                .map(rows -> {
                    List<EntitySuggestion> suggestions = new ArrayList<>();
                    for (Row row : rows) {
                        String name = row.getString("name");
                        List<String> aliases = new ArrayList<>(Arrays.asList(row.getArrayOfStrings("aliases")));
                        aliases.remove(name);
                        suggestions.add(new EntitySuggestion(
                                row.getString("entity_id"),
                                row.getString("type"),
                                name,
                                aliases,
                                row.getLong("article_count")));
                    }
                    return suggestions;
                });
    }
}
