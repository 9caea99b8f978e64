package dev.tidings.ingest.problem;

/**
 * One bad field of a request.
 *
 * @param field the JSON path of the field, e.g. {@code url} or {@code authors[2]}
 * @param reason what is wrong with it, in words a producer can act on
 */
public record FieldError(String field, String reason) {}
