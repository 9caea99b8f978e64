package dev.tidings.query.search;

import dev.tidings.events.DetectedLanguage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a result-list row and the one mapping of such a row to an {@link ArticleHit}:
 * search, listing and stream all select {@link #COLUMNS} from {@code articles a}.
 */
public final class HitRows {
    /** How far into the body a match is looked for, and how much {@code ts_headline} reads at most. */
    static final int HEADLINE_CHARS = 6_000;
    /** The passage {@code ts_headline} reads around the first likely match (see {@link #headline}). */
    static final int PASSAGE_CHARS = 320;
    /** How much of that passage comes before the match: the context a snippet opens with. */
    static final int PASSAGE_BEFORE = 100;
    /** The length of the snippet when there is no query to highlight. */
    static final int LEAD_CHARS = 240;

    /**
     * Every column but the snippet's. Entities, topics and countries come from {@code card}, a
     * small generated column (see {@code tidings_card} in V2__search.sql), not from the tags.
     */
    public static final String COLUMNS = """
            a.id, a.version, a.url, a.source, a.title, a.published_at, a.authors, a.section, a.ingested_at,
            a.enriched_at, a.enrichment_version, a.language_code, a.language_confidence, a.duplicate_of,
            a.sort_at, a.store_seq, a.card, a.story_id,
            (select s.size from stories s where s.id = a.story_id) as story_size""";

    /** A snippet column that is the start of the body: for lists without a query. */
    public static final String LEAD_SNIPPET = "left(a.body, " + (LEAD_CHARS + 1) + ") as lead, null as headline";

    private HitRows() {}

    /**
     * A snippet column highlighting the matches of the query in {@code qPlaceholder}, and the join it
     * needs after {@code articles a}.
     */
    public record Headline(String column, String join) {}

    /**
     * {@code ts_headline} parses and stems all the text it is given (about 0.2 ms for a 1,500
     * character story on this project's benchmark machine), and headlines were most of a search's
     * cost. So it reads a short passage only:
     *
     * <ul>
     *   <li>When the body does not match (a match in the title only: the body part, weight B, of
     *       {@code search_tsv} does not match the query), the snippet is the lead, with nothing to
     *       highlight, and no headline is made.
     *   <li>Otherwise a regular expression finds the first word of the body that starts like one of
     *       the query's stems (a stem's final "i" or "e" dropped: "citi" is "city", "hope" is
     *       "hoping"), and {@code ts_headline} reads {@link #PASSAGE_CHARS} around it.
     *   <li>Only when that passage has no match after all (a stem that is not a prefix of its word,
     *       or a word that merely starts like one) does it read the body's first
     *       {@link #HEADLINE_CHARS}, as it always did before.
     * </ul>
     *
     * The markers are taken out of the body first, so that only ts_headline's can be in the result.
     * Each step is a lateral subquery kept from being flattened ({@code offset 0}): flattened, the
     * planner copies an expression into every place that uses it, and the headline was made twice.
     */
    public static Headline headline(SqlParameters parameters, String qPlaceholder) {
        return headline(parameters, qPlaceholder, "true");
    }

    /**
     * As {@link #headline(SqlParameters, String)}, made only where {@code when} (SQL) holds: elsewhere
     * the snippet is the lead and nothing is parsed.
     */
    public static Headline headline(SqlParameters parameters, String qPlaceholder, String when) {
        String markers = parameters.add("" + SnippetMarkup.START + SnippetMarkup.STOP);
        String options = parameters.add(SnippetMarkup.headlineOptions());
        String start = parameters.add(String.valueOf(SnippetMarkup.START));
        String tsquery = FilterConditions.tsquery(qPlaceholder);
        // The query's stems as one alternation, each escaped (\W, not a bracket class with a colon:
        // pgbench, which the benchmark runs this SQL under, reads ":name" as a variable).
        String stems = "(select '\\m(' || string_agg(regexp_replace(case when length(l) > 3 then regexp_replace(l,"
                + " '[ie]$', '') else l end, '(\\W)', '\\\\\\1', 'g'), '|') || ')'"
                + " from unnest(tsvector_to_array(to_tsvector('english', " + qPlaceholder + "))) l)";
        String passage = "case when w.at <= " + PASSAGE_BEFORE + " then left(a.body, " + PASSAGE_CHARS + ")"
                + " else regexp_replace(substr(a.body, w.at - " + PASSAGE_BEFORE + ", " + PASSAGE_CHARS
                + "), '^\\S*\\s+', '') end";
        String far = "ts_headline('english', translate(left(a.body, " + HEADLINE_CHARS + "), " + markers + ", ''), "
                + tsquery + ", " + options + ")";
        return new Headline(
                "case when not m.in_body then left(a.body, " + (LEAD_CHARS + 1) + ") end as lead,"
                        + " case when not m.in_body then null when strpos(h.near, " + start + ") > 0 then h.near"
                        + " else " + far + " end as headline",
                "cross join lateral (select case when " + when + " then ts_filter(a.search_tsv, '{b}') @@ " + tsquery
                        + " else false end as in_body offset 0) m\n"
                        + "cross join lateral (select case when m.in_body then coalesce(regexp_instr(left(a.body, "
                        + HEADLINE_CHARS + "), " + stems + ", 1, 1, 0, 'i'), 0) else 0 end as at offset 0) w\n"
                        + "cross join lateral (select case when w.at > 0 then ts_headline('english', translate("
                        + passage + ", " + markers + ", ''), " + tsquery + ", " + options
                        + ") end as near offset 0) h\n");
    }

    public static ArticleHit hit(Row row) {
        Object stored = row.getValue("card");
        JsonObject card = stored instanceof JsonObject object ? object : new JsonObject();
        String headline = row.getString("headline");
        String snippet = headline != null
                ? SnippetMarkup.fromHeadline(headline)
                : SnippetMarkup.lead(row.getString("lead"), LEAD_CHARS);
        return new ArticleHit(
                row.getUUID("id"),
                row.getLong("version"),
                row.getString("url"),
                row.getString("source"),
                row.getString("title"),
                instant(row.getOffsetDateTime("published_at")),
                strings(row.getValue("authors")),
                row.getString("section"),
                instant(row.getOffsetDateTime("ingested_at")),
                instant(row.getOffsetDateTime("enriched_at")),
                row.getInteger("enrichment_version"),
                new DetectedLanguage(row.getString("language_code"), row.getDouble("language_confidence")),
                snippet,
                entities(card.getValue("entities")),
                topics(card.getValue("topics")),
                countries(card.getValue("countries")),
                row.getUUID("duplicate_of"),
                row.getUUID("story_id") == null
                        ? null
                        : new ArticleHit.StoryRef(row.getUUID("story_id"), row.getInteger("story_size")));
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static List<String> strings(Object json) {
        List<String> values = new ArrayList<>();
        if (json instanceof JsonArray array) {
            array.forEach(value -> values.add(String.valueOf(value)));
        }
        return values;
    }

    private static List<ArticleHit.EntityRef> entities(Object json) {
        List<ArticleHit.EntityRef> entities = new ArrayList<>();
        for (JsonObject item : objects(json)) {
            entities.add(
                    new ArticleHit.EntityRef(item.getString("id"), item.getString("type"), item.getString("name")));
        }
        return entities;
    }

    private static List<ArticleHit.TopicRef> topics(Object json) {
        List<ArticleHit.TopicRef> topics = new ArrayList<>();
        for (JsonObject item : objects(json)) {
            if (item.getValue("code") instanceof String code) {
                topics.add(new ArticleHit.TopicRef(code, text(item.getValue("label"))));
            }
        }
        return topics;
    }

    private static List<ArticleHit.CountryRef> countries(Object json) {
        List<ArticleHit.CountryRef> countries = new ArrayList<>();
        for (JsonObject item : objects(json)) {
            if (item.getValue("code") instanceof String code) {
                countries.add(new ArticleHit.CountryRef(code, text(item.getValue("name"))));
            }
        }
        return countries;
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    /** The objects of a JSON array; tags come as the enricher wrote them, so anything else is skipped. */
    private static List<JsonObject> objects(Object json) {
        List<JsonObject> objects = new ArrayList<>();
        if (json instanceof JsonArray array) {
            for (Object item : array) {
                if (item instanceof JsonObject object) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }
}
