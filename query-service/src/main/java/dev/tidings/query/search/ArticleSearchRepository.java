package dev.tidings.query.search;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Searches stored articles with SQL of its own over the search columns and side tables (see
 * {@code V2__search.sql} and the README's "Search design").
 */
@ApplicationScoped
public class ArticleSearchRepository {
    /*
     * The rank of a match for the relevance order. Only rank_tsv (title and lead, small enough to
     * stay inline in the row) is ranked, and only for matches whose title or lead match: a match
     * deep in the body ranks 0 and falls back to newest first. So no query pays ts_rank over the
     * whole-body vectors (which are TOASTed) of thousands of matches, and the rank of an article
     * depends only on the article and the query: a cursor stays valid while articles arrive.
     */
    private static final String RANK = "case when a.rank_tsv @@ %1$s then ts_rank(a.rank_tsv, %1$s) else 0 end";

    /**
     * How many of the newest articles a search looks at first: the matches of a common word in a
     * large archive are many, and finding and ranking all of them is what grows with the archive (at
     * 1,000,000 articles, tens of thousands of rows for "oil"). The window is the span of time that
     * holds about this many articles at the archive's mean rate; it is widened (two to eight times,
     * see {@link #widening}) step by step and finally to everything, only while it has no full
     * page. For the time orders this changes no answer (the newest matches are the newest matches); for the relevance order the
     * page says which window it ranked ({@link ArticlePage#searchedFrom()}). An archive smaller than twice
     * this is searched whole, as before. Setting {@code tidings.query.search.window-articles}.
     *
     * <p>2,500, not 20,000: each match in the window costs a heap visit and a rank (and, for facets,
     * its counting), about 5 us of CPU on the benchmark machine, so 20,000 articles' ~1,700 matches
     * of a common word cost 9-15 ms a statement, which 2 cores cannot give 200 times a second; the
     * newest 2,500 hold ~190 (1.5-2 ms). A word with fewer than a page of matches in them widens.
     */
    public static final long WINDOW_ARTICLES = 2_500;

    /** The widest window before the whole archive: three eightfold widenings of the newest. */
    private static final int WIDEST = 8 * 8 * 8;

    /**
     * How many times wider the next window is than one that held {@code matches} of the
     * {@code wanted} rows (a page and one): enough to hold them at the rate this window found, one
     * and a half times over, in steps of 2, 4 or 8; eightfold when it held none. A phrase whose
     * newest window holds half a page is searched next in a window four times as wide, not eight:
     * each article of a wider window is another index entry to intersect and, for a phrase, another
     * row to recheck in the heap (at 1,000,000 articles the eightfold window was 7.5 ms of the
     * phrase's 10). Search and facets widen by this one rule, so that facets with {@code q} count the
     * window the relevance order ranks.
     */
    static int widening(long matches, int wanted) {
        if (matches <= 0) {
            return 8;
        }
        double needed = 1.5 * wanted / matches;
        int factor = 2;
        while (factor < needed && factor < 8) {
            factor *= 2;
        }
        return factor;
    }

    /**
     * A search whose newest window has no full page, and whose filter has at most this many matches
     * in the whole archive, is searched whole at once: ranking so few costs what a window does, and
     * a rare word then takes two cheap statements and a count instead of a window widened step by
     * step (each step a wider index range to intersect with its few matches). Facets with {@code q}
     * count the whole archive under the same rule.
     */
    static final int FEW_MATCHES = 1_000;

    private static final Duration DENSITY_REFRESH = Duration.ofMinutes(1);

    /** The archive's span and size as last read; null before the first read. */
    private volatile Density density;

    private volatile Instant densityReadAt = Instant.EPOCH;

    /** How many articles the store holds (the planner's estimate) over how long a span. */
    record Density(double articles, Instant oldest) {
        /** The span that holds about {@code count} articles; null when that is the whole archive. */
        Duration spanOf(long count, Instant now) {
            if (oldest == null || articles <= count) {
                return null;
            }
            double days = Math.max(1e-3, Duration.between(oldest, now).toMillis() / 86_400_000.0);
            double perDay = articles / days;
            return Duration.ofMillis((long) (count / perDay * 86_400_000.0));
        }

        /** The span of a window of {@code count} articles; null when it would hold half the archive or more. */
        Duration windowOf(long count, Instant now) {
            return spanOf(2 * count, now) == null ? null : spanOf(count, now);
        }
    }

    private final Pool pool;
    private final boolean bounded;
    private final long windowArticles;

    /**
     * @param bounded false searches every match and counts facets over every article, as before the
     *     windows and the maintained counts: for the archive benchmark's before-and-after figures
     * @param windowArticles how many of the newest articles a search looks at first ({@link #WINDOW_ARTICLES})
     */
    public ArticleSearchRepository(
            @ReactiveDataSource(ReaderDataSource.NAME) Pool pool,
            @ConfigProperty(name = "tidings.query.search.bounded", defaultValue = "true") boolean bounded,
            @ConfigProperty(name = "tidings.query.search.window-articles", defaultValue = "" + WINDOW_ARTICLES)
                    long windowArticles) {
        this.pool = pool;
        this.bounded = bounded;
        this.windowArticles = windowArticles;
    }

    /** A statement and its parameter values, as sent to the database. */
    public record Statement(String sql, List<Object> parameters) {}

    /** The SQL of a search page over every match: one more row than the page, to tell whether another follows. */
    public static Statement searchStatement(SearchRequest request) {
        return searchStatement(request, null);
    }

    /**
     * The SQL of a search page over the matches at or after {@code windowFrom} (all when null): one
     * more row than the page, to tell whether another follows.
     */
    public static Statement searchStatement(SearchRequest request, Instant windowFrom) {
        return searchStatement(request, windowFrom, false);
    }

    /**
     * @param widensWhenShort true when a window without a full page is searched again wider: its
     *     rows are then thrown away, so snippets are made only when the page is full (a headline costs
     *     a passage's parsing, and a phrase's newest window held ten rows for nothing)
     */
    static Statement searchStatement(SearchRequest request, Instant windowFrom, boolean widensWhenShort) {
        SqlParameters parameters = new SqlParameters();
        // The window is a later start of the filter's own span (and its days narrow the search index's scan).
        FilterConditions.Where where = FilterConditions.of(request.filter().since(windowFrom), parameters);
        boolean ranked = request.sort() == SearchSort.RELEVANCE;
        String direction = request.sort() == SearchSort.OLDEST ? "asc" : "desc";
        String order = (ranked ? "p.rank desc, " : "") + "p.sort_at " + direction + ", p.id " + direction;
        String keyset = "";
        PageKey after = request.after();
        if (after != null) {
            String comparison = request.sort() == SearchSort.OLDEST ? ">" : "<";
            keyset = ranked
                    ? "where (p.rank, p.sort_at, p.id) < (cast(" + parameters.add(after.rank()) + " as real), "
                            + parameters.add(FilterConditions.utc(after.sortAt())) + ", "
                            + parameters.add(after.id()) + ")"
                    : "where (p.sort_at, p.id) " + comparison + " ("
                            + parameters.add(FilterConditions.utc(after.sortAt())) + ", "
                            + parameters.add(after.id()) + ")";
        }
        // "offset 0" keeps the ranked subquery from being flattened, so each match is ranked once.
        String matches = ranked
                ? "(select a.id, a.sort_at, " + RANK.formatted(FilterConditions.tsquery(where.q()))
                        + " as rank from articles a where " + where.sql() + " offset 0)"
                : "(select a.id, a.sort_at, null::real as rank from articles a where " + where.sql() + ")";
        String limit = parameters.add(request.limit() + 1);
        String page = "(select p.id, p.sort_at, p.rank from " + matches + " p " + keyset + " order by " + order
                + " limit " + limit + ")";
        String full = "true";
        if (widensWhenShort && where.q() != null) {
            // How many rows the page found, beside each: fewer than a page and one, and none is shown.
            page = "(select p.*, count(*) over () as found from " + page + " p)";
            full = "p.found > " + parameters.add(request.limit());
        }
        HitRows.Headline snippet = where.q() != null
                ? HitRows.headline(parameters, where.q(), full)
                : new HitRows.Headline(HitRows.LEAD_SNIPPET, "");
        String sql = "select " + HitRows.COLUMNS + ", p.rank, " + snippet.column() + "\n"
                + "from " + page + " p\n"
                + "join articles a on a.id = p.id\n"
                + snippet.join()
                + "order by " + order;
        return new Statement(sql, parameters.values());
    }

    public Uni<ArticlePage> search(SearchRequest request, CursorCodec cursors) {
        boolean ranked = request.sort() == SearchSort.RELEVANCE;
        if (request.sort() == SearchSort.OLDEST || !bounded) {
            return page(request, cursors, null, false);
        }
        if (ranked && request.after() != null) {
            // Later pages of a ranked list stay in the window of the first.
            return page(request, cursors, request.after().searchedFrom(), true);
        }
        Instant anchor = request.after() != null ? request.after().sortAt() : Instant.now();
        return widening(request, cursors, anchor(anchor, request.filter()), 1);
    }

    /**
     * Where the windows of a search end: {@code latest}, or the filter's {@code to} when it is
     * earlier. A window before now for a date range in the past would hold none of its matches and
     * be widened step by step, each step a wider range to intersect, before reaching them.
     */
    static Instant anchor(Instant latest, SearchFilter filter) {
        return filter.to() != null && filter.to().isBefore(latest) ? filter.to() : latest;
    }

    /**
     * True when {@code matches} in the newest window promise more than {@link #FEW_MATCHES} in the
     * whole archive (the window's share of it scaled up): the next window is searched without
     * first counting the archive's matches, a count that reads up to that many rows (and for a
     * phrase, rechecks each in the heap). Only a window with no or very few matches counts; the
     * guess chooses the cheaper way to the same answer, never the answer.
     */
    private boolean promisesMany(Density density, long matches) {
        return matches * density.articles() / windowArticles > FEW_MATCHES;
    }

    /**
     * Whether the archive holds more than {@link #FEW_MATCHES} matches of {@code filter}, given the
     * newest window's {@code matches}: from the scaled-up guess when it promises many, else counted.
     */
    private Uni<Boolean> manyMatches(Density density, long matches, SearchFilter filter) {
        return promisesMany(density, matches) ? Uni.createFrom().item(true) : moreMatchesThan(filter, FEW_MATCHES);
    }

    /**
     * The page within the window of {@code width} times the newest before {@code anchor}, wider
     * while it is not full.
     */
    private Uni<ArticlePage> widening(SearchRequest request, CursorCodec cursors, Instant anchor, int width) {
        return density().chain(d -> {
            Instant from = windowStart(d, anchor, width, request.filter());
            boolean last = from == null;
            return query(request, from, !last).chain(rows -> {
                if (rows.size() > request.limit() || last) {
                    return Uni.createFrom()
                            .item(page(request, cursors, rows, request.sort() == SearchSort.RELEVANCE ? from : null));
                }
                int wider = width * widening(rows.size(), request.limit() + 1);
                if (width > 1 || windowStart(d, anchor, wider, request.filter()) == null) {
                    // The count below only chooses between the whole archive and the next window.
                    return widening(request, cursors, anchor, wider);
                }
                return manyMatches(d, rows.size(), request.filter())
                        .chain(many ->
                                many ? widening(request, cursors, anchor, wider) : page(request, cursors, null, false));
            });
        });
    }

    /**
     * The start of the window {@code width} times as wide as the newest, before {@code anchor}; null
     * for the whole archive: past the widest, when the window would hold half the archive or more,
     * or when the filter's own span is narrower than the window (it bounds the matches already).
     *
     * <p>Half, not all: searching the whole archive then costs at most twice the window, and saves
     * the count that chooses between the two, or one more step. At 20,000 articles a phrase's newest
     * window held 10 matches and its next one was half the archive: counting the archive's matches
     * first made it three statements, HTTP p99 263 ms at 200 requests/s against 40 with two.
     */
    private Instant windowStart(Density density, Instant anchor, int width, SearchFilter filter) {
        Duration span = density.windowOf(windowArticles * width, Instant.now());
        // Whole minutes, so that a search and the facets asked for beside it count the same window.
        Instant window =
                span == null || width > WIDEST ? null : anchor.minus(span).truncatedTo(ChronoUnit.MINUTES);
        boolean narrower =
                window != null && filter.from() != null && !filter.from().isBefore(window);
        return narrower ? null : window;
    }

    /** The SQL that counts a filter's matches up to {@code most}: it reads no more than that many. */
    static Statement matchesUpToStatement(SearchFilter filter, int most) {
        SqlParameters parameters = new SqlParameters();
        String where = FilterConditions.of(filter, parameters).sql();
        String limit = parameters.add(most);
        return new Statement(
                "select count(*) as n from (select 1 from articles a where " + where + " limit " + limit + ") m",
                parameters.values());
    }

    private Uni<Long> matchesUpTo(SearchFilter filter, int most) {
        Statement statement = matchesUpToStatement(filter, most);
        return pool.preparedQuery(statement.sql())
                .execute(Tuple.from(statement.parameters()))
                .map(rows -> rows.iterator().next().getLong("n"));
    }

    private Uni<Boolean> moreMatchesThan(SearchFilter filter, int count) {
        return matchesUpTo(filter, count + 1).map(n -> n > count);
    }

    /** The archive's size and span, read again at most once a minute: two index or catalogue lookups. */
    private Uni<Density> density() {
        Density known = density;
        if (known != null && densityReadAt.plus(DENSITY_REFRESH).isAfter(Instant.now())) {
            return Uni.createFrom().item(known);
        }
        return pool.query("select greatest(c.reltuples, 0) as articles,"
                        + " (select min(sort_at) from articles) as oldest"
                        + " from pg_class c where c.oid = 'articles'::regclass")
                .execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    Density read = new Density(
                            row.getDouble("articles"),
                            row.getOffsetDateTime("oldest") == null
                                    ? null
                                    : row.getOffsetDateTime("oldest").toInstant());
                    density = read;
                    densityReadAt = Instant.now();
                    return read;
                });
    }

    private Uni<ArticlePage> page(SearchRequest request, CursorCodec cursors, Instant from, boolean ranked) {
        return query(request, from, false).map(rows -> page(request, cursors, rows, ranked ? from : null));
    }

    private Uni<List<Row>> query(SearchRequest request, Instant windowFrom, boolean widensWhenShort) {
        Statement statement = searchStatement(request, windowFrom, widensWhenShort);
        return pool.preparedQuery(statement.sql())
                .execute(Tuple.from(statement.parameters()))
                .map(rows -> {
                    List<Row> page = new ArrayList<>();
                    rows.forEach(page::add);
                    return page;
                });
    }

    private static ArticlePage page(SearchRequest request, CursorCodec cursors, List<Row> rows, Instant searchedFrom) {
        boolean ranked = request.sort() == SearchSort.RELEVANCE;
        List<Row> page = rows;
        String next = null;
        if (page.size() > request.limit()) {
            page = page.subList(0, request.limit());
            Row last = page.get(page.size() - 1);
            Float rank = ranked ? last.getFloat("rank") : null;
            next = cursors.encode(
                    new PageKey(rank, last.getOffsetDateTime("sort_at").toInstant(), last.getUUID("id"), searchedFrom),
                    request.binding());
        }
        return new ArticlePage(page.stream().map(HitRows::hit).toList(), next, searchedFrom);
    }

    /** True when {@code q} has no word to search for: only stop words or punctuation. */
    public Uni<Boolean> hasNoSearchableWord(String q) {
        return pool.preparedQuery("select numnode(" + FilterConditions.tsquery("$1") + ") as nodes")
                .execute(Tuple.of(q))
                .map(rows -> rows.iterator().next().getInteger("nodes") == 0);
    }

    /** The SQL of a facet request: one statement for every facet asked for. */
    public static Statement facetStatement(FacetRequest request) {
        return facetStatement(request, true);
    }

    /** @param maintained whether counts over every listed article come from the counts kept at write time */
    public static Statement facetStatement(FacetRequest request, boolean maintained) {
        return facetStatement(request, maintained, null);
    }

    /**
     * @param maintained whether counts over every listed article come from the counts kept at write time
     * @param windowFrom counts the matches at or after this time only; null for every match
     */
    public static Statement facetStatement(FacetRequest request, boolean maintained, Instant windowFrom) {
        SqlParameters parameters = new SqlParameters();
        // Dimensions whose own filter is not set share one set of matches.
        Map<String, String> baseByFilter = new LinkedHashMap<>();
        List<String> bases = new ArrayList<>();
        List<Integer> uses = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        String size = parameters.add(request.size());
        for (FacetDimension dimension : request.dimensions()) {
            SearchFilter unwindowed = request.filter().without(dimension);
            // Stories are not among the counts kept at write time: they are counted over the matches.
            if (maintained && dimension != FacetDimension.STORY && listsEverything(unwindowed)) {
                parts.add(maintainedCounts(dimension, size));
                continue;
            }
            // A topic facet reads its base twice: the counts, then the labels.
            String base = base(
                    unwindowed.since(windowFrom),
                    dimension == FacetDimension.TOPIC ? 2 : 1,
                    baseByFilter,
                    bases,
                    uses,
                    parameters);
            parts.add(facet(dimension, base, size, maintained));
        }
        if (windowFrom != null) {
            // Whether the window holds more than a page of matches (else a wider one is counted).
            String base = base(request.filter().since(windowFrom), 1, baseByFilter, bases, uses, parameters);
            parts.add("(select '" + WINDOW_MATCHES
                    + "' as facet, null::text as value, count(*) as n, null::text as label"
                    + " from (select 1 from " + base + " limit " + parameters.add(SearchRequest.DEFAULT_LIMIT + 1)
                    + ") m)");
        }
        // A base read once is inlined, so that the planner can scan only the columns its facet needs
        // (without a filter, from the facet index of V6); one read more than once is computed once.
        List<String> with = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            with.add("base" + i + (uses.get(i) > 1 ? " as materialized " : " as ") + bases.get(i));
        }
        String sql = with.isEmpty()
                ? "select * from (" + String.join("\nunion all\n", parts) + ") f"
                : "with " + String.join(",\n", with) + "\n" + String.join("\nunion all\n", parts);
        return new Statement(sql, parameters.values());
    }

    /** The name of the CTE that holds the matches of {@code filter}, made on first use. */
    private static String base(
            SearchFilter filter,
            int reads,
            Map<String, String> baseByFilter,
            List<String> bases,
            List<Integer> uses,
            SqlParameters parameters) {
        String base = baseByFilter.get(filter.canonical());
        if (base == null) {
            base = "base" + bases.size();
            baseByFilter.put(filter.canonical(), base);
            bases.add("(select a.id, a.topic_codes, a.country_codes, a.person_ids, a.organization_ids, a.source,"
                    + " a.language_code, a.story_id"
                    + " from articles a where "
                    + FilterConditions.of(filter, parameters).sql() + ")");
            uses.add(0);
        }
        int index = Integer.parseInt(base.substring("base".length()));
        uses.set(index, uses.get(index) + reads);
        return base;
    }

    /** The row of a windowed facet statement that says how many matches (up to a page and one) the window holds. */
    private static final String WINDOW_MATCHES = "window matches";

    /**
     * Counts matching articles by each dimension asked for. The count of a dimension ignores the
     * filter on that dimension itself, so that a page can offer the other values as alternatives
     * (repeated values of a filter are OR-ed).
     */
    public Uni<FacetCounts> facets(FacetRequest request) {
        if (!bounded || !request.filter().hasQuery()) {
            return facets(request, null);
        }
        Instant now = anchor(Instant.now(), request.filter());
        int wanted = SearchRequest.DEFAULT_LIMIT + 1;
        return density().chain(d -> {
            Instant newest = windowStart(d, now, 1, request.filter());
            if (newest == null) {
                return facets(request, null);
            }
            // The newest window first, in one statement that also says whether it held enough.
            return facets(request, newest).chain(counts -> {
                if (counts.windowMatches() >= wanted) {
                    return Uni.createFrom().item(counts);
                }
                int wider = widening(counts.windowMatches(), wanted);
                if (windowStart(d, now, wider, request.filter()) == null) {
                    return facets(request, null);
                }
                return manyMatches(d, counts.windowMatches(), request.filter())
                        .chain(many -> many
                                ? facetWindow(request.filter(), now, wider).chain(from -> facets(request, from))
                                : facets(request, null));
            });
        });
    }

    /**
     * What {@link #facets(FacetRequest)} answers: the counts, and the window they were counted in.
     *
     * @param windowMatches how many matches the window holds, up to a page and one; 0 without a window
     */
    public record FacetCounts(Map<FacetDimension, List<FacetValue>> facets, Instant countedFrom, long windowMatches) {}

    /**
     * The window whose matches a facet request with {@code q} counts, from the one {@code width}
     * times as wide as the newest on: as for a search, the narrowest window that holds more than a
     * page of matches, widened by the same rule (the window the relevance order ranks); null for the
     * whole archive.
     */
    private Uni<Instant> facetWindow(SearchFilter filter, Instant anchor, int width) {
        int wanted = SearchRequest.DEFAULT_LIMIT + 1;
        return density().chain(d -> {
            Instant window = windowStart(d, anchor, width, filter);
            if (window == null) {
                return Uni.createFrom().nullItem();
            }
            return matchesUpTo(filter.since(window), wanted)
                    .chain(matches -> matches >= wanted
                            ? Uni.createFrom().item(window)
                            : facetWindow(filter, anchor, width * widening(matches, wanted)));
        });
    }

    private Uni<FacetCounts> facets(FacetRequest request, Instant windowFrom) {
        Statement statement = facetStatement(request, bounded, windowFrom);
        return pool.preparedQuery(statement.sql())
                .execute(Tuple.from(statement.parameters()))
                .map(rows -> {
                    Map<FacetDimension, List<FacetValue>> facets = new LinkedHashMap<>();
                    request.dimensions().forEach(d -> facets.put(d, new ArrayList<>()));
                    long windowMatches = 0;
                    for (Row row : rows) {
                        if (row.getString("facet").equals(WINDOW_MATCHES)) {
                            windowMatches = row.getLong("n");
                            continue;
                        }
                        FacetDimension dimension = FacetDimension.valueOf(row.getString("facet"));
                        String value = row.getString("value");
                        facets.get(dimension)
                                .add(new FacetValue(
                                        value, label(dimension, value, row.getString("label")), row.getLong("n")));
                    }
                    return new FacetCounts(facets, windowFrom, windowMatches);
                });
    }

    private static final String MAINTAINED_LABEL =
            "(select c.label from facet_counts c where c.dimension = '%s' and c.value = f.value)";

    /** True when a filter selects every listed article: its counts are the ones maintained at write time. */
    private static boolean listsEverything(SearchFilter filter) {
        return FilterConditions.of(filter, new SqlParameters()).sql().equals(FilterConditions.LISTED);
    }

    /**
     * The most frequent values over every listed article, from the counts that the writes keep
     * (V10__facet_counts.sql): exact, and a few rows read however large the archive.
     */
    private static String maintainedCounts(FacetDimension dimension, String size) {
        return "(select '" + dimension.name() + "' as facet, f.value, f.n, f.label from facet_counts f"
                + " where f.dimension = '" + dimension.name() + "' and f.n > 0"
                + " order by f.n desc, f.value limit " + size + ")";
    }

    private static String facet(FacetDimension dimension, String base, String size, boolean maintained) {
        String maintainedLabel = maintained ? MAINTAINED_LABEL.formatted(dimension.name()) : "null";
        String counts = switch (dimension) {
            // unnest in the select list: a set-returning projection, much cheaper than a lateral
            // function scan per row (measured: 13 instead of 33 ms over 14,000 articles).
            case TOPIC ->
                "select v as value, count(*) as n from (select unnest(b.topic_codes) as v from " + base
                        + " b) u group by v";
            case COUNTRY ->
                "select v as value, count(*) as n from (select unnest(b.country_codes) as v from " + base
                        + " b) u group by v";
            // From the ids on the matched rows (V14), not a probe into article_entities per match.
            case PERSON ->
                "select v as value, count(*) as n from (select unnest(b.person_ids) as v from " + base
                        + " b) u group by v";
            case ORGANIZATION ->
                "select v as value, count(*) as n from (select unnest(b.organization_ids) as v from " + base
                        + " b) u group by v";
            case SOURCE ->
                "select b.source as value, count(*) as n from " + base
                        + " b where b.source is not null group by b.source";
            case LANGUAGE ->
                "select b.language_code as value, count(*) as n from " + base + " b group by b.language_code";
            case STORY ->
                "select cast(b.story_id as text) as value, count(*) as n from " + base
                        + " b where b.story_id is not null group by b.story_id";
        };
        String label = switch (dimension) {
            // From the first matching article that has the topic: a frequent value is found at once.
            // The label kept with the maintained count (V10); looked up among the matches only for a value
            // that no listed article has (include_duplicates).
            case TOPIC ->
                "coalesce(" + maintainedLabel + ", (select t ->> 'label' from " + base
                        + " l join articles x on x.id = l.id"
                        + " cross join lateral jsonb_array_elements(x.tags -> 'topics') t"
                        + " where f.value = any(l.topic_codes) and t ->> 'code' = f.value limit 1))";
            case PERSON, ORGANIZATION ->
                "coalesce(" + maintainedLabel + ", (select x.name from article_entities x where x.entity_id = f.value"
                        + " order by x.salience desc limit 1))";
            case STORY -> "(select s.title from stories s where s.id = cast(f.value as uuid))";
            default -> "null::text";
        };
        return "(select '" + dimension.name() + "' as facet, f.value, f.n, " + label + " as label from (" + counts
                + " order by n desc, value limit " + size + ") f)";
    }

    private static String label(FacetDimension dimension, String value, String stored) {
        if (stored != null) {
            return stored;
        }
        return switch (dimension) {
            case COUNTRY -> displayName(new Locale("", value).getDisplayCountry(Locale.ENGLISH), value);
            case LANGUAGE -> displayName(Locale.forLanguageTag(value).getDisplayLanguage(Locale.ENGLISH), value);
            default -> null;
        };
    }

    private static String displayName(String name, String code) {
        return name == null || name.isEmpty() || name.equalsIgnoreCase(code) ? null : name;
    }
}
