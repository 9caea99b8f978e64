package dev.tidings.query.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL conditions of a {@link SearchFilter} over {@code articles a}: the one translation of a
 * filter into SQL, used by the search, the facets and the stream alike. Every value is a parameter.
 */
public final class FilterConditions {
    private FilterConditions() {}

    /** The tsquery of a full-text query. Folded to a constant when planned with its value. */
    public static String tsquery(String placeholder) {
        return "websearch_to_tsquery('english', " + placeholder + ")";
    }

    /**
     * The conditions of a filter, joined with {@code and}.
     *
     * @param sql "true" when there is no condition
     * @param q the placeholder of the full-text query, to rank and highlight with; null without q
     */
    public record Where(String sql, String q) {}

    /** The condition of a filter that selects every listed article (none of its own). */
    public static final String LISTED = "a.duplicate_of is null";

    public static Where of(SearchFilter filter, SqlParameters parameters) {
        List<String> conditions = new ArrayList<>();
        String q = null;
        if (!filter.includeDuplicates()) {
            conditions.add(LISTED);
        }
        if (filter.hasQuery()) {
            q = parameters.add(filter.q());
            conditions.add("a.search_tsv @@ " + tsquery(q));
        }
        entity(conditions, "PERSON", filter.persons(), parameters);
        entity(conditions, "ORGANIZATION", filter.organizations(), parameters);
        entity(conditions, "LOCATION", filter.locations(), parameters);
        if (!filter.countries().isEmpty()) {
            conditions.add("a.country_codes && cast(" + parameters.add(array(filter.countries())) + " as text[])");
        }
        if (!filter.topics().isEmpty()) {
            conditions.add("a.topic_codes && cast(" + parameters.add(array(filter.topics())) + " as text[])");
        }
        if (!filter.languages().isEmpty()) {
            conditions.add("a.language_code = any(cast(" + parameters.add(array(filter.languages())) + " as text[]))");
        }
        if (!filter.sources().isEmpty()) {
            conditions.add("lower(a.source) in (select lower(s) from unnest(cast("
                    + parameters.add(array(filter.sources())) + " as text[])) s)");
        }
        if (!filter.stories().isEmpty()) {
            conditions.add("a.story_id = any(cast("
                    + parameters.add(filter.stories().toArray(new java.util.UUID[0])) + " as uuid[]))");
        }
        if (filter.from() != null) {
            conditions.add("a.sort_at >= " + parameters.add(utc(filter.from())));
        }
        // Only beside the conditions that the search index's other columns serve.
        if (filter.hasQuery() || !filter.topics().isEmpty()) {
            String days = days(filter.from(), filter.to(), Instant.now(), parameters);
            if (days != null) {
                conditions.add(days);
            }
        }
        if (filter.to() != null) {
            conditions.add("a.sort_at <= " + parameters.add(utc(filter.to())));
        }
        if (filter.minTone() != null) {
            conditions.add("a.tone_score >= " + parameters.add(filter.minTone()));
        }
        if (filter.maxTone() != null) {
            conditions.add("a.tone_score <= " + parameters.add(filter.maxTone()));
        }
        return new Where(conditions.isEmpty() ? "true" : String.join("\n  and ", conditions), q);
    }

    /** The UTC day of an article's sort time: the first column of the search index (V16). */
    static final String DAY = "(a.sort_at at time zone 'UTC')::date";

    /** The longest span, in days, that {@link #days} names day by day. */
    static final int MOST_DAYS = 64;

    /**
     * The days of a span of sort times, as a condition on the search index's first column (V16),
     * beside the exact condition on the time itself; null when the span is too long to help.
     *
     * <p>Why: a word's or a topic's entries in that index are intersected, inside the index, with
     * the entries of these days only, skipping the rest of its posting list (at 1,000,000 articles
     * "oil" has 87,000, and reading them all for the 1,500 articles of the newest two days was
     * most of a search's time). A span with an end is named day by day ({@code = any}): a range
     * with two bounds would be two scans from either end of the column. A span without an end is
     * a lower bound, only while it starts within {@link #MOST_DAYS} of {@code now}.
     */
    static String days(Instant from, Instant to, Instant now, SqlParameters parameters) {
        if (from == null) {
            return null;
        }
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        if (to == null) {
            return first.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(MOST_DAYS))
                    ? null
                    : DAY + " >= " + parameters.add(first);
        }
        LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC);
        if (last.isBefore(first) || first.plusDays(MOST_DAYS).isBefore(last)) {
            return null;
        }
        return DAY + " = any("
                + parameters.add(first.datesUntil(last.plusDays(1)).toArray(LocalDate[]::new)) + ")";
    }

    /*
     * A name, an alias or an id, lowercased on the server as the stored keys are, so that both
     * sides fold case the same way whatever the database's locale.
     */
    private static void entity(List<String> conditions, String type, List<String> values, SqlParameters parameters) {
        if (values.isEmpty()) {
            return;
        }
        String lowered = "array(select lower(v) from unnest(cast(" + parameters.add(array(values)) + " as text[])) v)";
        String ids = ID_COLUMNS.get(type);
        if (ids == null) {
            conditions.add("a.id in (select k.article_id from article_entity_keys k where k.type = '" + type
                    + "' and k.key = any(" + lowered + "))");
            return;
        }
        // The entities so named or so identified (V12's directory of names, V17's index of its ids: a
        // few rows), then their articles from the ids on each (V14) through V17's index, ANDed with
        // the window's time range, instead of every key row of every article of the entity.
        String named = "select n.entity_id from entity_names n where n.type = '" + type + "' and ";
        conditions.add(ids + " && array(" + named + "lower(n.name) = any(" + lowered + ") union " + named
                + "lower(n.entity_id) = any(" + lowered + "))");
    }

    /** The entity types whose ids each article carries in a column of its own (V14). */
    private static final Map<String, String> ID_COLUMNS =
            Map.of("PERSON", "a.person_ids", "ORGANIZATION", "a.organization_ids");

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
