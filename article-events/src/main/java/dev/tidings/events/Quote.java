package dev.tidings.events;

/**
 * A direct quotation in the main story.
 *
 * @param text the quoted words, without the quotation marks
 * @param start offset of the first quoted character in {@code body}
 * @param end offset one past the last quoted character
 */
public record Quote(String text, int start, int end, Speaker speaker) {}
