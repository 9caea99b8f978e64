package dev.tidings.http;

/**
 * What is wrong with one field of a request.
 *
 * @param field the JSON path of a body field ({@code url}, {@code authors[2]}), or a path or query
 *     parameter's name
 * @param reason what is wrong with it, in words a client can act on
 */
public record FieldError(String field, String reason) {}
