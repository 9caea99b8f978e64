package dev.tidings.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each event's schema names exactly the fields of its record, at every level: a field added to a
 * record but not to the schema would pass every check unchecked, and one added to the schema only
 * would be dropped by every consumer.
 */
class SchemasMatchRecordsTests {

    @Test
    void theIngestedSchemaNamesEveryFieldOfArticleIngested() throws Exception {
        assertEquals(List.of(), differences(ArticleIngested.class, "article-ingested.v1.json"));
    }

    @Test
    void theEnrichedSchemaNamesEveryFieldOfArticleEnrichedAndOfEachTag() throws Exception {
        assertEquals(List.of(), differences(ArticleEnriched.class, "article-enriched.v1.json"));
    }

    private static List<String> differences(Class<?> event, String schemaFile) throws Exception {
        try (InputStream in = ArticleEventReader.class.getResourceAsStream("schema/" + schemaFile)) {
            JsonNode root = ArticleEventJson.mapper().readTree(in);
            List<String> differences = new ArrayList<>();
            compare(event, root, root, "", differences);
            return differences;
        }
    }

    private static void compare(Class<?> record, JsonNode schema, JsonNode root, String at, List<String> differences) {
        JsonNode properties = resolve(schema, root).path("properties");
        List<String> names = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
            JsonNode property = properties.get(component.getName());
            if (property == null) {
                differences.add(at + component.getName() + ": in " + record.getSimpleName() + ", not in the schema");
                continue;
            }
            Class<?> type = component.getType();
            if (type.isRecord()) {
                compare(type, property, root, at + component.getName() + ".", differences);
            } else if (type == List.class
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> item
                    && item.isRecord()) {
                compare(
                        item,
                        resolve(property, root).path("items"),
                        root,
                        at + component.getName() + "[].",
                        differences);
            }
        }
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!names.contains(name)) {
                differences.add(at + name + ": in the schema, not in " + record.getSimpleName());
            }
        }
    }

    /** The object schema behind a {@code $ref} or a {@code oneOf} with null. */
    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        if (schema.has("$ref")) {
            return resolve(root.at(schema.get("$ref").asText().substring(1)), root);
        }
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.get("oneOf")) {
                if (!option.path("type").asText().equals("null")) {
                    return resolve(option, root);
                }
            }
        }
        return schema;
    }
}
