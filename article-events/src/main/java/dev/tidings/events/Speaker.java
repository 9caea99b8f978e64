package dev.tidings.events;

/**
 * Who said a quote: a named entity, or a noun phrase such as "the report".
 *
 * @param entityId the id of the speaker's entity in the same article, or null
 */
public record Speaker(String name, String entityId) {}
