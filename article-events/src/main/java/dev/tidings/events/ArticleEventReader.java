package dev.tidings.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the value of a record on an article topic: the event's JSON checked against its JSON Schema
 * (the module's own, under {@code schema/}, so the schema is the contract and not only its
 * documentation), then bound to the event record, then the checks the schema cannot express. Every
 * consumer reads with one of these, so all of them accept and refuse the same records.
 *
 * <p>Fields the schema does not name are accepted and kept in {@link Valid#json()}: a newer
 * producer may add them, and an older consumer must go on working (see README.md).
 *
 * @param <T> the event record
 */
public final class ArticleEventReader<T> {
    /** Records of {@code articles.ingested}. */
    public static final ArticleEventReader<ArticleIngested> INGESTED =
            new ArticleEventReader<>(ArticleIngested.class, "article-ingested.v1.json", event -> List.of());

    /** Records of {@code articles.enriched}; the tags' offsets must lie inside the text they index. */
    public static final ArticleEventReader<ArticleEnriched> ENRICHED =
            new ArticleEventReader<>(ArticleEnriched.class, "article-enriched.v1.json", TagOffsets::violations);

    /** A reason names this many problems at most, so that a dead-letter header stays small. */
    private static final int MOST_PROBLEMS = 8;

    private static final int MOST_PROBLEM_CHARS = 200;

    private final Class<T> type;
    private final Schema schema;
    private final Function<T, List<String>> crossFieldChecks;
    private final ObjectMapper json = ArticleEventJson.mapper();

    private ArticleEventReader(Class<T> type, String schemaFile, Function<T, List<String>> crossFieldChecks) {
        this.type = type;
        this.schema = load(schemaFile);
        this.crossFieldChecks = crossFieldChecks;
    }

    /**
     * An event that passed every check.
     *
     * @param json the record as it came, with the fields this build of the contract does not know
     */
    public record Valid<T>(T event, ObjectNode json) {}

    /**
     * @param value the record's value
     * @return the event, with its JSON as received
     * @throws InvalidEventException with the reason the record goes to the dead-letter topic for
     */
    public Valid<T> read(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("record has no value");
        }
        JsonNode tree;
        try {
            tree = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not valid JSON: " + abbreviate(e.getOriginalMessage()));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new InvalidEventException(
                    "not an " + name() + ": the record is " + (tree == null ? "empty" : "not a JSON object"));
        }
        refuseIfAny(schemaProblems(object));
        T event;
        try {
            event = json.treeToValue(object, type);
        } catch (JsonProcessingException e) {
            // The schema was met, so this is a value Java cannot hold, such as a version beyond 2^63.
            throw new InvalidEventException(
                    "not an " + name() + ": " + path(e) + ": " + abbreviate(e.getOriginalMessage()));
        }
        refuseIfAny(crossFieldChecks.apply(event));
        return new Valid<>(event, object);
    }

    /** What the schema finds wrong with the record, one entry per problem. */
    List<String> schemaProblems(ObjectNode record) {
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(record)) {
            problems.add(describe(error));
        }
        return problems;
    }

    private void refuseIfAny(List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder reason = new StringBuilder("not an " + name() + ": ");
        reason.append(String.join("; ", problems.subList(0, Math.min(problems.size(), MOST_PROBLEMS))));
        if (problems.size() > MOST_PROBLEMS) {
            reason.append("; and ").append(problems.size() - MOST_PROBLEMS).append(" more");
        }
        throw new InvalidEventException(reason.toString());
    }

    private String name() {
        return type.getSimpleName();
    }

    /** {@code entities[0].type: …}, in the words of the fields, never of Java types. */
    private static String describe(Error error) {
        String at = path(error.getInstanceLocation());
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            return (at.isEmpty() ? "" : at + ".") + error.getProperty() + ": required";
        }
        if ("format".equals(error.getKeyword())) {
            return (at.isEmpty() ? "the record" : at) + ": must be a "
                    + error.getSchemaNode().asText();
        }
        return (at.isEmpty() ? "the record" : at) + ": " + abbreviate(error.getMessage());
    }

    private static String path(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(element);
            }
        }
        return path.toString();
    }

    private static String path(JsonProcessingException e) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
        }
        return path.length() == 0 ? "the record" : path.toString();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= MOST_PROBLEM_CHARS ? text : text.substring(0, MOST_PROBLEM_CHARS) + "…";
    }

    private static Schema load(String file) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                // Formats (uuid, date-time) are checked, not only noted: a record whose id is not a
                // UUID must be refused with that reason rather than fail later when it is bound.
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        try (InputStream in = ArticleEventReader.class.getResourceAsStream("schema/" + file)) {
            if (in == null) {
                throw new IllegalStateException("schema/" + file + " is missing from article-events");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
