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
    /** How much of the body {@code ts_headline} reads at most. */
    static final int HEADLINE_CHARS = 6_000;
    /** How much of the body {@code ts_headline} reads first (see {@link #headline}). */
    static final int HEADLINE_FIRST_CHARS = 500;
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
     * {@code ts_headline} parses all the text it is given, so it costs in proportion to its length,
     * and headlines are most of a search's cost. It first reads the start of the body, where the
     * match of most ranked hits is (rank_tsv is title and lead); only when that start has no match
     * and the body goes on does it read the longer part. The markers are taken out of the body first,
     * so that only ts_headline's can be in the result. Bounded, so that one very long story cannot
     * make a page slow: a match further in is still found (the hit is listed), but its snippet is the
     * start of the story.
     */
    public static Headline headline(SqlParameters parameters, String qPlaceholder) {
        String markers = parameters.add("" + SnippetMarkup.START + SnippetMarkup.STOP);
        String options = parameters.add(SnippetMarkup.headlineOptions());
        String start = parameters.add(String.valueOf(SnippetMarkup.START));
        String tsquery = FilterConditions.tsquery(qPlaceholder);
        String near = "ts_headline('english', translate(left(a.body, " + HEADLINE_FIRST_CHARS + "), " + markers
                + ", ''), " + tsquery + ", " + options + ")";
        String far = "ts_headline('english', translate(left(a.body, " + HEADLINE_CHARS + "), " + markers + ", ''), "
                + tsquery + ", " + options + ")";
        return new Headline(
                "null as lead, case when strpos(h.near, " + start + ") > 0 or length(a.body) <= " + HEADLINE_FIRST_CHARS
                        + " then h.near else " + far + " end as headline",
                "cross join lateral (select " + near + " as near) h\n");
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
