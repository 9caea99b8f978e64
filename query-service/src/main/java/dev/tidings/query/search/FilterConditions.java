package dev.tidings.query.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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

    /*
     * A name, an alias or an id, lowercased on the server as the stored keys are, so that both
     * sides fold case the same way whatever the database's locale.
     */
    private static void entity(List<String> conditions, String type, List<String> values, SqlParameters parameters) {
        if (values.isEmpty()) {
            return;
        }
        conditions.add("a.id in (select k.article_id from article_entity_keys k where k.type = '" + type
                + "' and k.key in (select lower(v) from unnest(cast(" + parameters.add(array(values))
                + " as text[])) v))");
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
