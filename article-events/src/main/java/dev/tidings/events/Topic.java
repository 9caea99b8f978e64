package dev.tidings.events;

/**
 * An IPTC Media Topic the article is about.
 *
 * @param code e.g. {@code medtop:11000000}
 * @param label the IPTC English label, e.g. "politics"
 * @param score 0..1; topics below the enricher's documented threshold are not emitted
 */
public record Topic(String code, String label, double score) {}
