package dev.tidings.events;

/**
 * Tone in GDELT's sense.
 *
 * @param positive percent of words that are positive
 * @param negative percent of words that are negative
 * @param score {@code positive - negative}
 */
public record Tone(double score, double positive, double negative) {}
