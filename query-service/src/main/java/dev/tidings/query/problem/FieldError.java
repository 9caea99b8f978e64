package dev.tidings.query.problem;

/**
 * What is wrong with one field of a request.
 *
 * @param field a path or query parameter name, or a body field
 */
public record FieldError(String field, String reason) {}
