package dev.tidings.query.story;

import dev.tidings.http.ProblemException;
import dev.tidings.query.search.ArticleHit;
import dev.tidings.query.search.FilterConditions;
import dev.tidings.query.search.HitRows;
import dev.tidings.query.search.ReaderDataSource;
import dev.tidings.query.search.SearchFilter;
import dev.tidings.query.search.SqlParameters;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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

    /** The hours a story's growth is counted over for {@code sort=trending}. */
    static final int TRENDING_WINDOW_HOURS = 6;
    /** The hours before that window that make the story's own past. */
    static final int TRENDING_PAST_HOURS = 72;

    /*
     * sort=trending: r = the story's articles in the last 6 hours, p = in the 72 hours before; the
     * score r / (1 + p / 12) compares the last window with the story's average 6 hours of its past
     * (12 windows), so that a new story with 5 articles scores 5 and a steady one with 5 articles in
     * each window about 0.8. Only stories with an article in the window are listed. Rounded to six
     * decimals (numeric), so that the cursor compares the very value the order used.
     */
    static final String TRENDING = """
            (select st.*, round(w.recent * %1$d.0 / (%1$d + w.past), 6) as trend
             from (select a.story_id,
                          count(*) filter (where a.sort_at > %2$s - interval '%3$d hours') as recent,
                          count(*) filter (where a.sort_at <= %2$s - interval '%3$d hours') as past
                   from articles a
                   where a.sort_at > %2$s - interval '%4$d hours' and a.sort_at <= %2$s
                     and a.story_id is not null
                   group by a.story_id
                   having count(*) filter (where a.sort_at > %2$s - interval '%3$d hours') > 0) w
             join stories st on st.id = w.story_id)""";

    /**
     * One page of stories in {@code sort} order, after the page whose nextCursor is {@code cursor}:
     * those with at least one article that {@code filter} matches (duplicates included: they are
     * coverage too).
     */
    public Uni<StoryPage> list(SearchFilter filter, StorySort sort, int limit, String cursor) {
        SqlParameters parameters = new SqlParameters();
        List<String> conditions = new ArrayList<>();
        String[] key = cursor == null
                ? null
                : decode(cursor, sort.parameter(), sort == StorySort.TRENDING ? 3 : sort == StorySort.NEWEST ? 1 : 2);
        Instant scoredAt = null;
        String from = "stories s";
        if (sort == StorySort.TRENDING) {
            scoredAt = key == null ? Instant.now().truncatedTo(ChronoUnit.MICROS) : instant(key[0]);
            String at = "cast(" + parameters.add(scoredAt.atOffset(ZoneOffset.UTC)) + " as timestamptz)";
            int windows = TRENDING_PAST_HOURS / TRENDING_WINDOW_HOURS;
            from = TRENDING.formatted(windows, at, TRENDING_WINDOW_HOURS, TRENDING_WINDOW_HOURS + TRENDING_PAST_HOURS)
                    + " s";
        }
        String matches = FilterConditions.of(withDuplicates(filter), parameters).sql();
        if (!matches.equals("true")) {
            conditions.add("s.id in (select a.story_id from articles a where " + matches + ")");
        }
        if (key != null) {
            conditions.add(after(sort, key, parameters));
        }
        String sql = "select " + STORY_COLUMNS + (sort == StorySort.TRENDING ? ", s.trend" : "") + " from " + from
                + (conditions.isEmpty() ? "" : "\nwhere " + String.join("\n  and ", conditions)) + "\norder by "
                + sort.order + " limit " + (limit + 1);
        Instant at = scoredAt;
        return pool.preparedQuery(sql).execute(Tuple.from(parameters.values())).map(rows -> {
            List<StorySummary> items = new ArrayList<>();
            String next = null;
            Row previous = null;
            for (Row row : rows) {
                if (items.size() == limit) {
                    next = encode(sort, previous, at);
                    break;
                }
                items.add(summary(row));
                previous = row;
            }
            return new StoryPage(items, next);
        });
    }

    private static SearchFilter withDuplicates(SearchFilter filter) {
        return new SearchFilter(
                filter.q(),
                filter.persons(),
                filter.organizations(),
                filter.locations(),
                filter.countries(),
                filter.topics(),
                filter.languages(),
                filter.sources(),
                filter.from(),
                filter.to(),
                null,
                null,
                true);
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
                        return new StoryDetail(story, List.of(), List.of(), List.of(), articles, next);
                    });
                })
                .chain(detail -> detail == null ? Uni.createFrom().nullItem() : withOverview(detail));
    }

    static final int TOP = 10;

    private static final String TOP_ENTITIES = """
            select e.entity_id, e.type, mode() within group (order by e.name) as name, count(*) as n
            from article_entities e join articles a on a.id = e.article_id
            where a.story_id = $1
            group by e.entity_id, e.type
            order by n desc, e.entity_id, e.type limit""" + " " + TOP;

    private static final String TOP_COUNTRIES = """
            select c.code, count(*) as n
            from articles a cross join unnest(a.country_codes) as c(code)
            where a.story_id = $1
            group by c.code
            order by n desc, c.code limit""" + " " + TOP;

    private static final String TIMELINE = """
            select date_trunc('hour', a.sort_at at time zone 'UTC') at time zone 'UTC' as hour, count(*) as n
            from articles a
            where a.story_id = $1
            group by 1
            order by 1""";

    /** The detail with the story's top entities and countries and its timeline. */
    private Uni<StoryDetail> withOverview(StoryDetail detail) {
        Tuple id = Tuple.of(detail.story().id());
        return pool.preparedQuery(TOP_ENTITIES).execute(id).chain(entityRows -> {
            List<StoryDetail.EntityCount> entities = new ArrayList<>();
            for (Row row : entityRows) {
                entities.add(new StoryDetail.EntityCount(
                        row.getString("entity_id"), row.getString("type"), row.getString("name"), row.getInteger("n")));
            }
            return pool.preparedQuery(TOP_COUNTRIES).execute(id).chain(countryRows -> {
                List<StoryDetail.CountryCount> countries = new ArrayList<>();
                for (Row row : countryRows) {
                    countries.add(new StoryDetail.CountryCount(row.getString("code"), row.getInteger("n")));
                }
                return pool.preparedQuery(TIMELINE).execute(id).map(hourRows -> {
                    List<StoryDetail.HourCount> timeline = new ArrayList<>();
                    for (Row row : hourRows) {
                        timeline.add(new StoryDetail.HourCount(
                                row.getOffsetDateTime("hour").toInstant(), row.getInteger("n")));
                    }
                    return new StoryDetail(
                            detail.story(), entities, countries, timeline, detail.articles(), detail.nextCursor());
                });
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

    private static String encode(StorySort sort, Row last, Instant scoredAt) {
        long seq = last.getLong("seq");
        return encode(
                switch (sort) {
                    case NEWEST -> "newest:" + seq;
                    case RECENT ->
                        "recent:" + last.getOffsetDateTime("last_seen").toInstant() + ":" + seq;
                    case SIZE -> "size:" + last.getInteger("size") + ":" + seq;
                    case TRENDING ->
                        "trending:" + scoredAt + ":"
                                + last.getBigDecimal("trend").toPlainString() + ":" + seq;
                });
    }

    /** The condition of the rows after the cursor's {@code key}; a 400 naming the cursor if it is not one. */
    private static String after(StorySort sort, String[] key, SqlParameters parameters) {
        try {
            return switch (sort) {
                case NEWEST -> sort.after.formatted(parameters.add(Long.parseLong(key[0])), "");
                case RECENT ->
                    sort.after.formatted(
                            parameters.add(instant(key[0]).atOffset(ZoneOffset.UTC)),
                            parameters.add(Long.parseLong(key[1])));
                case SIZE ->
                    sort.after.formatted(
                            parameters.add(Integer.parseInt(key[0])), parameters.add(Long.parseLong(key[1])));
                case TRENDING ->
                    sort.after.formatted(
                            parameters.add(new BigDecimal(key[1])), parameters.add(Long.parseLong(key[2])));
            };
        } catch (NumberFormatException e) {
            throw invalidCursor();
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
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
