package dev.tidings.query.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEventJson;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one mapping between an enriched article and the {@code articles} table, used by the upsert
 * and by the read: which fields of {@code ArticleEnriched} have a column of their own, and how a
 * field's JSON becomes a column value and back.
 *
 * <p>Every other field of the event, whether this build knows it or a newer enricher added it, is
 * stored as received in the {@code tags} column and served from there as a top-level field (the
 * fields of an object whose parts have columns, such as {@code language}, are kept the same way).
 * So a new tag needs no change here to be stored and served by {@code GET /v1/articles/{id}}; it
 * needs a column only when search must filter, sort or facet on it (see article-events/README.md).
 */
public final class ArticleColumns {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();

    /** A column's SQL type, and how a JSON value becomes a bind parameter and a row value JSON. */
    enum Kind {
        UUID,
        BIGINT,
        INTEGER,
        DOUBLE,
        TEXT,
        TIMESTAMP,
        JSONB;

        Object parameter(JsonNode value) {
            if (value == null || value.isNull()) {
                return null;
            }
            return switch (this) {
                case UUID -> java.util.UUID.fromString(value.asText());
                case BIGINT -> value.asLong();
                case INTEGER -> value.asInt();
                case DOUBLE -> value.asDouble();
                case TEXT -> value.asText();
                // The reactive client binds timestamptz parameters as OffsetDateTime.
                case TIMESTAMP -> JSON.convertValue(value, Instant.class).atOffset(ZoneOffset.UTC);
                // As text, cast on the server: a Java String bound to jsonb would become a JSON string.
                case JSONB -> value.toString();
            };
        }

        /** The expression that binds {@code :name} to a column of this type. */
        String placeholder(String name) {
            return switch (this) {
                case TIMESTAMP -> "cast(:" + name + " as timestamptz)";
                case JSONB -> "cast(cast(:" + name + " as text) as jsonb)";
                default -> ":" + name;
            };
        }

        /** The select expression of a column: JSON arrives as text, to be parsed once, here. */
        String selected(String name) {
            return this == JSONB ? "cast(a." + name + " as text) as " + name : "a." + name;
        }

        JsonNode json(io.vertx.mutiny.sqlclient.Row row, String name) {
            Object value = row.getValue(name);
            if (value == null) {
                return JsonNodeFactory.instance.nullNode();
            }
            return switch (this) {
                case UUID -> JsonNodeFactory.instance.textNode(row.getUUID(name).toString());
                case BIGINT -> JsonNodeFactory.instance.numberNode(row.getLong(name));
                case INTEGER -> JsonNodeFactory.instance.numberNode(row.getInteger(name));
                case DOUBLE -> JsonNodeFactory.instance.numberNode(row.getDouble(name));
                case TEXT -> JsonNodeFactory.instance.textNode(row.getString(name));
                // ISO-8601 in UTC, as the event had it (Jackson writes an Instant the same way).
                case TIMESTAMP ->
                    JsonNodeFactory.instance.textNode(
                            row.getOffsetDateTime(name).toInstant().toString());
                case JSONB -> parse(row.getString(name));
            };
        }
    }

    /**
     * A field of the event with a column of its own.
     *
     * @param field the field's name, or an object field and its part ({@code language}, {@code code})
     */
    record Column(List<String> field, String name, Kind kind) {
        JsonNode in(ObjectNode event) {
            JsonNode value = event;
            for (String part : field) {
                value = value.path(part);
            }
            return value.isMissingNode() ? null : value;
        }
    }

    /** In the order the API serves them. */
    static final List<Column> COLUMNS = List.of(
            column("id", "id", Kind.UUID),
            column("version", "version", Kind.BIGINT),
            column("url", "url", Kind.TEXT),
            column("source", "source", Kind.TEXT),
            column("title", "title", Kind.TEXT),
            column("body", "body", Kind.TEXT),
            column("publishedAt", "published_at", Kind.TIMESTAMP),
            column("authors", "authors", Kind.JSONB),
            column("section", "section", Kind.TEXT),
            column("contentHash", "content_hash", Kind.TEXT),
            column("ingestedAt", "ingested_at", Kind.TIMESTAMP),
            column("enrichedAt", "enriched_at", Kind.TIMESTAMP),
            column("enrichmentVersion", "enrichment_version", Kind.INTEGER),
            new Column(List.of("language", "code"), "language_code", Kind.TEXT),
            new Column(List.of("language", "confidence"), "language_confidence", Kind.DOUBLE),
            column("entities", "entities", Kind.JSONB));

    /** The column that holds every field without a column of its own. */
    static final String TAGS = "tags";

    /** Set by the near-duplicate detection, not by the event; served as {@code duplicateOf}. */
    static final String DUPLICATE_OF = "duplicate_of";

    private static final Set<String> WHOLE_FIELDS = COLUMNS.stream()
            .filter(c -> c.field().size() == 1)
            .map(c -> c.field().get(0))
            .collect(Collectors.toUnmodifiableSet());

    private ArticleColumns() {}

    private static Column column(String field, String name, Kind kind) {
        return new Column(List.of(field), name, kind);
    }

    /** The column names, for an insert. */
    static String names() {
        return COLUMNS.stream().map(Column::name).collect(Collectors.joining(", ")) + ", " + TAGS;
    }

    /** The bind expressions, in the order of {@link #names()}. */
    static String placeholders() {
        return COLUMNS.stream().map(c -> c.kind().placeholder(c.name())).collect(Collectors.joining(", ")) + ", "
                + Kind.JSONB.placeholder(TAGS);
    }

    /** {@code column = excluded.column} for each column an update replaces; id and version are the upsert's own. */
    static String replacedByTheNewerRow() {
        return COLUMNS.stream()
                .map(Column::name)
                .filter(name -> !name.equals("id") && !name.equals("version"))
                .map(name -> name + " = excluded." + name)
                .collect(Collectors.joining(",\n    ", "", ",\n    " + TAGS + " = excluded." + TAGS));
    }

    /** Set by story assignment, not by the event; served as {@code story}. */
    static final String STORY = "story";

    /** The article's story as the API serves it, from the stories table. */
    private static final String STORY_JSON = """
            (select cast(jsonb_build_object('id', s.id, 'title', s.title, 'size', s.size,
                                            'firstSeenAt', s.first_seen, 'lastSeenAt', s.last_seen) as text)
             from stories s where s.id = a.story_id) as\s""" + STORY;

    /** The select list of a stored article, as {@code a}. */
    static String selected() {
        return COLUMNS.stream().map(c -> c.kind().selected(c.name())).collect(Collectors.joining(", ")) + ", "
                + Kind.JSONB.selected(TAGS) + ", a." + DUPLICATE_OF + ", " + STORY_JSON;
    }

    /**
     * The bind parameters of the upsert for one event, by column name, the tags included.
     *
     * @param event the event as received (the JSON of {@code ArticleEventReader.Valid})
     */
    public static Map<String, Object> parameters(ObjectNode event) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Column column : COLUMNS) {
            parameters.put(column.name(), column.kind().parameter(column.in(event)));
        }
        parameters.put(TAGS, tags(event).toString());
        return parameters;
    }

    /** The fields of the event that have no column of their own, as received. */
    static ObjectNode tags(ObjectNode event) {
        ObjectNode tags = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (WHOLE_FIELDS.contains(field.getKey())) {
                continue;
            }
            JsonNode rest = withoutColumnParts(field.getKey(), field.getValue());
            if (rest != null) {
                tags.set(field.getKey(), rest);
            }
        }
        return tags;
    }

    /** A field whose parts have columns (language) keeps the parts that have none; null if there are none. */
    private static JsonNode withoutColumnParts(String name, JsonNode value) {
        List<String> parts = COLUMNS.stream()
                .filter(c -> c.field().size() == 2 && c.field().get(0).equals(name))
                .map(c -> c.field().get(1))
                .toList();
        if (parts.isEmpty() || !(value instanceof ObjectNode object)) {
            return value;
        }
        ObjectNode rest = object.deepCopy();
        rest.remove(parts);
        return rest.isEmpty() ? null : rest;
    }

    /** The article as the API serves it: the event's fields, {@code duplicateOf}, then the tags. */
    static ObjectNode json(io.vertx.mutiny.sqlclient.Row row) {
        ObjectNode article = JsonNodeFactory.instance.objectNode();
        for (Column column : COLUMNS) {
            ObjectNode parent = article;
            for (String part : column.field().subList(0, column.field().size() - 1)) {
                parent = parent.has(part) ? (ObjectNode) parent.get(part) : parent.putObject(part);
            }
            parent.set(
                    column.field().get(column.field().size() - 1), column.kind().json(row, column.name()));
        }
        article.set("duplicateOf", Kind.UUID.json(row, DUPLICATE_OF));
        article.set(STORY, story(row.getString(STORY)));
        JsonNode tags = Kind.JSONB.json(row, TAGS);
        for (Iterator<Map.Entry<String, JsonNode>> it = tags.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> tag = it.next();
            if (article.get(tag.getKey()) instanceof ObjectNode withColumns && tag.getValue() instanceof ObjectNode) {
                withColumns.setAll((ObjectNode) tag.getValue());
            } else {
                article.set(tag.getKey(), tag.getValue());
            }
        }
        return article;
    }

    /** {@code {id, title, size, firstSeenAt, lastSeenAt}} with instants as the rest of the API writes them. */
    private static JsonNode story(String json) {
        if (json == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        ObjectNode story = (ObjectNode) parse(json);
        for (String time : List.of("firstSeenAt", "lastSeenAt")) {
            if (story.hasNonNull(time)) {
                story.put(
                        time,
                        java.time.OffsetDateTime.parse(story.get(time).asText())
                                .toInstant()
                                .toString());
            }
        }
        return story;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // PostgreSQL wrote this text from a jsonb value: it is JSON.
            throw new UncheckedIOException(e);
        }
    }
}
