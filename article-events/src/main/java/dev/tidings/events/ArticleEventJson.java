package dev.tidings.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the events, for code outside Quarkus (tools, tests). Quarkus services use their
 * injected {@code ObjectMapper}, which is configured the same way by default: ISO-8601 instants and
 * unknown fields ignored, so that adding a field to an event never breaks an older consumer.
 */
public final class ArticleEventJson {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private ArticleEventJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
