package dev.tidings.query.story;

import dev.tidings.http.ProblemException;
import dev.tidings.query.search.ArticleHit;
import dev.tidings.query.search.HitRows;
import dev.tidings.query.search.ReaderDataSource;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Reads stories and their articles through the reader datasource; StoryStore writes them. */
@ApplicationScoped
public class StoryRepository {
    private static final String STORY_COLUMNS = "s.id, s.title, s.size, s.first_seen, s.last_seen, s.seq";

    private final Pool pool;

    public StoryRepository(@ReactiveDataSource(ReaderDataSource.NAME) Pool pool) {
        this.pool = pool;
    }

    /** One page of stories in {@code sort} order, after the page whose nextCursor is {@code cursor}. */
    public Uni<StoryPage> list(StorySort sort, int limit, String cursor) {
        Tuple parameters = Tuple.tuple();
        String where = "";
        if (cursor != null) {
            where = "where " + sort.after + "\n";
            addCursor(parameters, sort, cursor);
        }
        String sql = "select " + STORY_COLUMNS + " from stories s\n" + where + "order by " + sort.order + " limit "
                + (limit + 1);
        return pool.preparedQuery(sql).execute(parameters).map(rows -> {
            List<StorySummary> items = new ArrayList<>();
            String next = null;
            Row previous = null;
            for (Row row : rows) {
                if (items.size() == limit) {
                    next = encode(sort, previous);
                    break;
                }
                items.add(summary(row));
                previous = row;
            }
            return new StoryPage(items, next);
        });
    }

    /** The story with one page of its articles, newest first (duplicates too: they are coverage), or null. */
    public Uni<StoryDetail> find(UUID id, int limit, String cursor) {
        return pool.preparedQuery("select " + STORY_COLUMNS + " from stories s where s.id = $1")
                .execute(Tuple.of(id))
                .chain(stories -> {
                    if (!stories.iterator().hasNext()) {
                        return Uni.createFrom().nullItem();
                    }
                    StorySummary story = summary(stories.iterator().next());
                    Tuple parameters = Tuple.of(id);
                    String after = "";
                    if (cursor != null) {
                        String[] parts = decode(cursor, "articles", 2);
                        try {
                            parameters.addOffsetDateTime(Instant.parse(parts[0]).atOffset(ZoneOffset.UTC));
                            parameters.addUUID(UUID.fromString(parts[1]));
                        } catch (RuntimeException e) {
                            throw invalidCursor();
                        }
                        after = " and (a.sort_at, a.id) < ($2, $3)";
                    }
                    String sql = "select " + HitRows.COLUMNS + ", " + HitRows.LEAD_SNIPPET
                            + " from articles a where a.story_id = $1" + after
                            + " order by a.sort_at desc, a.id desc limit " + (limit + 1);
                    return pool.preparedQuery(sql).execute(parameters).map(rows -> {
                        List<ArticleHit> articles = new ArrayList<>();
                        String next = null;
                        Row previous = null;
                        for (Row row : rows) {
                            if (articles.size() == limit) {
                                next = encode("articles:"
                                        + previous.getOffsetDateTime("sort_at").toInstant() + ":"
                                        + previous.getUUID("id"));
                                break;
                            }
                            articles.add(HitRows.hit(row));
                            previous = row;
                        }
                        return new StoryDetail(story, articles, next);
                    });
                });
    }

    private static StorySummary summary(Row row) {
        return new StorySummary(
                row.getUUID("id"),
                row.getString("title"),
                row.getInteger("size"),
                HitRows.instant(row.getOffsetDateTime("first_seen")),
                HitRows.instant(row.getOffsetDateTime("last_seen")));
    }

    private static String encode(StorySort sort, Row last) {
        long seq = last.getLong("seq");
        return encode(
                switch (sort) {
                    case NEWEST -> "newest:" + seq;
                    case RECENT ->
                        "recent:" + last.getOffsetDateTime("last_seen").toInstant() + ":" + seq;
                    case SIZE -> "size:" + last.getInteger("size") + ":" + seq;
                });
    }

    private static void addCursor(Tuple parameters, StorySort sort, String cursor) {
        String[] parts = decode(cursor, sort.parameter(), sort == StorySort.NEWEST ? 1 : 2);
        try {
            switch (sort) {
                case NEWEST -> parameters.addLong(Long.parseLong(parts[0]));
                case RECENT ->
                    parameters
                            .addOffsetDateTime(Instant.parse(parts[0]).atOffset(ZoneOffset.UTC))
                            .addLong(Long.parseLong(parts[1]));
                case SIZE -> parameters.addInteger(Integer.parseInt(parts[0])).addLong(Long.parseLong(parts[1]));
            }
        } catch (RuntimeException e) {
            throw invalidCursor();
        }
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor written for {@code kind}; a 400 naming the cursor otherwise. */
    private static String[] decode(String cursor, String kind, int parts) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
        if (!text.startsWith(kind + ":")) {
            throw invalidCursor();
        }
        // An instant has colons of its own: the parts after it are split from the right.
        String rest = text.substring(kind.length() + 1);
        String[] split = new String[parts];
        for (int i = parts - 1; i > 0; i--) {
            int colon = rest.lastIndexOf(':');
            if (colon < 0) {
                throw invalidCursor();
            }
            split[i] = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        split[0] = rest;
        return split;
    }

    private static ProblemException invalidCursor() {
        return ProblemException.invalid("cursor", "is not a nextCursor of this listing");
    }
}
