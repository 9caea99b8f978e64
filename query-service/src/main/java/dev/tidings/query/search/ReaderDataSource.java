package dev.tidings.query.search;

/**
 * The datasource the REST side reads through: role {@code tidings_reader} (SELECT only) and
 * read-only transactions, so that no request can write whatever SQL it leads to. Configured in
 * application.properties as {@code quarkus.datasource.reader.*}; inject its pool with
 * {@code @ReactiveDataSource(ReaderDataSource.NAME) Pool}.
 */
public final class ReaderDataSource {
    public static final String NAME = "reader";

    private ReaderDataSource() {}
}
