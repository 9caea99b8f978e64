package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;

/**
 * One name found in the body, before mentions of the same entity are grouped.
 *
 * @param start offset of the first UTF-16 code unit in the body
 * @param end offset one past the last, so that {@code body.substring(start, end)} is {@code text}
 */
public record EntityMention(EntityType type, int start, int end, String text) {

    /** The mention of {@code body} from {@code start} to {@code end}. */
    static EntityMention of(String body, EntityType type, int start, int end) {
        return new EntityMention(type, start, end, body.substring(start, end));
    }

    EntityMention withType(EntityType newType) {
        return new EntityMention(newType, start, end, text);
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
