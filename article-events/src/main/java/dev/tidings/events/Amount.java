package dev.tidings.events;

/**
 * A quantity in the main story, GDELT-style.
 *
 * @param value the number, with word numbers normalised ("five" is 5); for a range, its lower end
 * @param text the words as written, e.g. "several hundred to a thousand dollars"
 * @param object what is counted, e.g. "Taiwanese" or "business events"; null if unclear
 * @param unit e.g. {@code percent}, {@code USD}, {@code year}; null for a plain count
 */
public record Amount(double value, String text, String object, String unit, int start, int end) {}
