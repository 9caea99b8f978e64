package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;

/**
 * One name found in the body, before mentions of the same name are grouped into an entity.
 *
 * @param start offset of the first UTF-16 code unit in the body
 * @param end offset one past the last, so that {@code body.substring(start, end)} is {@code text}
 */
public record EntityMention(EntityType type, int start, int end, String text) {}
