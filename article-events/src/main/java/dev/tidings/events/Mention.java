package dev.tidings.events;

/**
 * One occurrence of an entity in the body.
 *
 * @param start offset of the first UTF-16 code unit in {@code body}
 * @param end offset one past the last code unit, so that {@code body.substring(start, end)} equals
 *     {@code text}
 */
public record Mention(int start, int end, String text) {}
