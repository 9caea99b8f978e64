package dev.tidings.query.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidings.events.EntityType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a parsed record against the enriched-article schema ({@code article-enriched.v1.json} in
 * article-events) before anything is stored. Jackson alone would accept a missing id or version as
 * null or 0; these checks turn such records into dead letters with a reason instead.
 */
final class EnrichedRecordValidator {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern TOPIC_CODE = Pattern.compile("medtop:[0-9]{8}");

    private EnrichedRecordValidator() {}

    /** What is wrong with the record, one entry per field; empty when it is a valid enriched article. */
    static List<String> violations(JsonNode record) {
        List<String> errors = new ArrayList<>();
        if (record == null || !record.isObject()) {
            errors.add("the record is not a JSON object");
            return errors;
        }
        requireMatching(record, "id", UUID_TEXT, "must be a UUID", errors);
        requireInteger(record, "version", 0, Long.MAX_VALUE, errors);
        requireText(record, "url", errors);
        optionalText(record, "source", errors);
        requireText(record, "title", errors);
        requireText(record, "body", errors);
        optionalInstant(record, "publishedAt", errors);
        optionalTextArray(record, "authors", errors);
        optionalText(record, "section", errors);
        requireMatching(record, "contentHash", SHA_256_HEX, "must be 64 lowercase hex digits (SHA-256)", errors);
        requireInstant(record, "ingestedAt", errors);
        requireInstant(record, "enrichedAt", errors);
        requireInteger(record, "enrichmentVersion", 1, Integer.MAX_VALUE, errors);
        checkLanguage(record.get("language"), errors);
        checkEntities(record.get("entities"), record.path("body").asText(""), errors);
        // The tags that search filters on: a malformed one would silently drop out of filters and facets.
        checkCodes(record.get("countries"), "countries", COUNTRY_CODE, "two capital letters (ISO 3166-1)", errors);
        checkCodes(record.get("topics"), "topics", TOPIC_CODE, "medtop: and eight digits (IPTC)", errors);
        checkTone(record.get("tone"), errors);
        return errors;
    }

    private static void checkCodes(JsonNode items, String field, Pattern code, String shape, List<String> errors) {
        if (items == null || items.isNull()) {
            return;
        }
        if (!items.isArray()) {
            errors.add(field + ": must be an array");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode value = items.get(i).get("code");
            if (value == null
                    || !value.isTextual()
                    || !code.matcher(value.asText()).matches()) {
                errors.add(field + "[" + i + "].code: must be " + shape);
            }
        }
    }

    private static void checkTone(JsonNode tone, List<String> errors) {
        if (tone == null || tone.isNull()) {
            return;
        }
        if (!tone.isObject() || !tone.path("score").isNumber()) {
            errors.add("tone: must be an object with a numeric score, or null");
        }
    }

    private static void checkLanguage(JsonNode language, List<String> errors) {
        if (language == null || language.isNull()) {
            errors.add("language: required");
        } else if (!language.isObject()) {
            errors.add("language: must be an object");
        } else {
            requireText(language, "code", "language.code", errors);
            requireFraction(language, "confidence", "language.confidence", errors);
        }
    }

    private static void checkEntities(JsonNode entities, String body, List<String> errors) {
        if (entities == null || entities.isNull()) {
            errors.add("entities: required");
            return;
        }
        if (!entities.isArray()) {
            errors.add("entities: must be an array");
            return;
        }
        for (int i = 0; i < entities.size(); i++) {
            JsonNode entity = entities.get(i);
            String at = "entities[" + i + "]";
            if (!entity.isObject()) {
                errors.add(at + ": must be an object");
                continue;
            }
            requireText(entity, "id", at + ".id", errors);
            JsonNode type = entity.get("type");
            if (type == null || !type.isTextual() || !isEntityType(type.asText())) {
                errors.add(at + ".type: must be one of PERSON, ORGANIZATION, LOCATION, MISC");
            }
            requireText(entity, "name", at + ".name", errors);
            JsonNode aliases = entity.get("aliases");
            if (aliases == null || !isTextArray(aliases)) {
                errors.add(at + ".aliases: must be an array of strings");
            }
            requireFraction(entity, "salience", at + ".salience", errors);
            checkMentions(entity.get("mentions"), body, at + ".mentions", errors);
        }
    }

    private static void checkMentions(JsonNode mentions, String body, String at, List<String> errors) {
        if (mentions == null || !mentions.isArray()) {
            errors.add(at + ": must be an array");
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            JsonNode mention = mentions.get(i);
            String here = at + "[" + i + "]";
            if (!mention.isObject()) {
                errors.add(here + ": must be an object");
                continue;
            }
            JsonNode start = mention.get("start");
            JsonNode end = mention.get("end");
            boolean offsets = start != null
                    && start.canConvertToInt()
                    && start.isIntegralNumber()
                    && end != null
                    && end.canConvertToInt()
                    && end.isIntegralNumber();
            // Offsets index into body: a mention outside it would point readers at the wrong text.
            if (!offsets || start.asInt() < 0 || end.asInt() < start.asInt() || end.asInt() > body.length()) {
                errors.add(here + ": start and end must be offsets into body with start <= end");
            }
            requireText(mention, "text", here + ".text", errors);
        }
    }

    private static boolean isEntityType(String name) {
        for (EntityType type : EntityType.values()) {
            if (type.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTextArray(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static void requireText(JsonNode parent, String field, List<String> errors) {
        requireText(parent, field, field, errors);
    }

    private static void requireText(JsonNode parent, String field, String path, List<String> errors) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            errors.add(path + ": required");
        } else if (!value.isTextual()) {
            errors.add(path + ": must be a string");
        }
    }

    private static void optionalText(JsonNode parent, String field, List<String> errors) {
        JsonNode value = parent.get(field);
        if (value != null && !value.isNull() && !value.isTextual()) {
            errors.add(field + ": must be a string or null");
        }
    }

    private static void optionalTextArray(JsonNode parent, String field, List<String> errors) {
        JsonNode value = parent.get(field);
        if (value != null && !value.isNull() && !isTextArray(value)) {
            errors.add(field + ": must be an array of strings");
        }
    }

    private static void requireMatching(
            JsonNode parent, String field, Pattern pattern, String reason, List<String> errors) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            errors.add(field + ": required");
        } else if (!value.isTextual() || !pattern.matcher(value.asText()).matches()) {
            errors.add(field + ": " + reason);
        }
    }

    private static void requireInteger(JsonNode parent, String field, long minimum, long maximum, List<String> errors) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            errors.add(field + ": required");
        } else if (!value.isIntegralNumber()
                || !value.canConvertToLong()
                || value.asLong() < minimum
                || value.asLong() > maximum) {
            errors.add(field + ": must be a whole number from " + minimum + " to " + maximum);
        }
    }

    private static void requireFraction(JsonNode parent, String field, String path, List<String> errors) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            errors.add(path + ": required");
        } else if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
            errors.add(path + ": must be a number from 0 to 1");
        }
    }

    private static void requireInstant(JsonNode parent, String field, List<String> errors) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            errors.add(field + ": required");
        } else if (!isInstant(value)) {
            errors.add(field + ": must be an ISO-8601 date-time with offset");
        }
    }

    private static void optionalInstant(JsonNode parent, String field, List<String> errors) {
        JsonNode value = parent.get(field);
        if (value != null && !value.isNull() && !isInstant(value)) {
            errors.add(field + ": must be an ISO-8601 date-time with offset, or null");
        }
    }

    private static boolean isInstant(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        try {
            Instant.parse(value.asText());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
