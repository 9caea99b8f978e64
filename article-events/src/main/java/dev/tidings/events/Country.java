package dev.tidings.events;

/**
 * A country the main story is about or mentions.
 *
 * @param code ISO 3166-1 alpha-2, e.g. {@code KP}
 * @param mentions how many times the story names it, by name, short form or demonym
 * @param salience 0..1
 */
public record Country(String code, String name, int mentions, double salience) {}
