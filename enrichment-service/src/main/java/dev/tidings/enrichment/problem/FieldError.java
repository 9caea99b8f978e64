package dev.tidings.enrichment.problem;

/**
 * One bad field of a request.
 *
 * @param field the JSON path of the field, e.g. {@code title} or {@code authors[2]}
 * @param reason what is wrong with it, in words a client can act on
 */
public record FieldError(String field, String reason) {}
