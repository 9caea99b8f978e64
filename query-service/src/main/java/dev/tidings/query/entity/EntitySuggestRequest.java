package dev.tidings.query.entity;

import dev.tidings.events.EntityType;
import dev.tidings.query.search.ParameterReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The query parameters of {@code GET /v1/entities}, checked. */
public record EntitySuggestRequest(String prefix, EntityType type, int limit) {
    public static final String PREFIX = "prefix";
    public static final String TYPE = "type";
    public static final String LIMIT = "limit";
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;
    private static final int MAX_PREFIX = 100;

    /** @throws dev.tidings.query.problem.ProblemException naming every invalid or unknown parameter */
    public static EntitySuggestRequest parse(Map<String, List<String>> parameters) {
        ParameterReader reader = new ParameterReader(parameters, Set.of(PREFIX, TYPE, LIMIT), Set.of());
        String prefix = reader.single(PREFIX);
        if (!parameters.containsKey(PREFIX)) {
            reader.reject(PREFIX, "is required: the start of a name or alias");
        } else if (prefix != null) {
            prefix = prefix.strip();
            if (prefix.isEmpty()
                    || prefix.length() > MAX_PREFIX
                    || prefix.chars().anyMatch(Character::isISOControl)) {
                reader.reject(PREFIX, "must be 1 to " + MAX_PREFIX + " characters, the start of a name or alias");
            }
        }
        EntityType type = null;
        String typeText = reader.single(TYPE);
        if (typeText != null) {
            try {
                type = EntityType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                reader.reject(TYPE, "must be person, organization, location or misc");
            }
        }
        int limit = reader.limit(LIMIT, DEFAULT_LIMIT, MAX_LIMIT);
        reader.finish();
        return new EntitySuggestRequest(prefix, type, limit);
    }
}
