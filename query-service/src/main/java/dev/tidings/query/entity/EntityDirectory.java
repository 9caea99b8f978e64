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
     * Keys are lowercased by the server on both sides. The prefix range uses the text_pattern_ops
     * index (byte order, any locale): from the prefix up to the prefix followed by the highest code
     * point, which every key starting with the prefix sorts below.
     */
    private static final String SUGGEST = """
            with matched as (
                select distinct k.entity_id from article_entity_keys k
                where k.kind <> 'id' and k.key ~>=~ lower($1) and k.key ~<~ (lower($1) || chr(1114111))
                  and ($2::text is null or k.type = $2)
            ), counted as (
                select e.entity_id, e.type, count(*) as article_count
                from matched m
                join article_entities e on e.entity_id = m.entity_id
                join articles a on a.id = e.article_id and a.duplicate_of is null
                group by e.entity_id, e.type
                order by article_count desc, e.entity_id
                limit $3
            )
            select c.entity_id, c.type, c.article_count,
                   (select e.name from article_entities e where e.entity_id = c.entity_id
                    group by e.name order by count(*) desc, e.name limit 1) as name,
                   array(select distinct alias from article_entities e, unnest(e.aliases) alias
                         where e.entity_id = c.entity_id order by alias limit 20) as aliases
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
