package dev.tidings.bench.archive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.bench.Progress;
import dev.tidings.query.article.ArticleColumns;
import dev.tidings.query.article.ArticleStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.postgresql.PGConnection;

/**
 * Fills PostgreSQL with enriched articles outside the pipeline, fast: the rows through query-service's
 * own mapping ({@link ArticleColumns}, the consumer's) by COPY, the side tables by the consumer's own
 * statement ({@code ArticleStore}) made set-wise, a chunk at a time. Into an empty store the
 * secondary indexes and foreign keys are dropped first and built once at the end, which is several
 * times faster than maintaining them row by row; into a store that has articles they stay.
 *
 * <p>Rows are inserted, never upserted: the archive's ids must be new to the store (an article id
 * already stored fails the chunk, which is rolled back). Near-duplicate flags come with the articles
 * ({@code duplicateOf}); the stream's notification is not sent (the articles are not new news).
 */
public final class ArchiveLoader {
    /** Rows per COPY, each its own transaction. */
    static final int CHUNK = 5_000;

    private static final List<String> SIDE_TABLES = List.of("articles", "article_entities", "article_entity_keys");

    /**
     * @param seconds the whole load, indexes and ANALYZE included
     * @param databaseBytes {@code pg_database_size} after the load
     */
    public record Figures(
            long articles,
            long duplicates,
            double seconds,
            double secondsPer100k,
            double copySeconds,
            double indexSeconds,
            double analyzeSeconds,
            boolean indexesRebuilt,
            long databaseBytes,
            String texts) {}

    private ArchiveLoader() {}

    public static Figures load(Connection db, ArchiveSource articles, String texts, Progress progress)
            throws SQLException, IOException {
        long start = System.nanoTime();
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("set maintenance_work_mem = '512MB'");
            statement.execute("set synchronous_commit = off");
        }
        boolean empty;
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select not exists (select from articles)")) {
            rows.next();
            empty = rows.getBoolean(1);
        }
        List<String> restore = empty ? dropIndexesAndForeignKeys(db) : new ArrayList<>();
        boolean recount = empty && recountable(db);
        if (recount) {
            // The maintained summaries (V10's facet counts) are computed once at the end instead.
            try (Statement statement = db.createStatement()) {
                for (String table : SIDE_TABLES) {
                    statement.execute("alter table " + table + " disable trigger user");
                    restore.add("alter table " + table + " enable trigger user");
                }
            }
            restore.add("select tidings_recount_facets()");
        }
        if (empty) {
            progress.note(
                    "empty store: %d secondary indexes and foreign keys dropped, built again at the end",
                    restore.size());
        }
        List<String> columns = columns(articles);
        String copy = "copy articles (" + String.join(", ", columns) + ") from stdin";
        String sideTables = sideTablesStatement();
        long duplicates = 0;
        long generatingNanos = 0;
        long copyNanos = 0;
        long sideNanos = 0;
        long copyStart = System.nanoTime();
        db.setAutoCommit(false);
        CompletableFuture<Chunk> next = CompletableFuture.supplyAsync(() -> chunk(articles, 0, columns));
        for (long from = 0; from < articles.count(); from += CHUNK) {
            long waiting = System.nanoTime();
            Chunk chunk = next.join();
            generatingNanos += System.nanoTime() - waiting;
            long following = from + CHUNK;
            if (following < articles.count()) {
                next = CompletableFuture.supplyAsync(() -> chunk(articles, following, columns));
            }
            long copying = System.nanoTime();
            db.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            copy,
                            new java.io.ByteArrayInputStream(chunk.copyText().getBytes(StandardCharsets.UTF_8)));
            copyNanos += System.nanoTime() - copying;
            long siding = System.nanoTime();
            try (PreparedStatement side = db.prepareStatement(sideTables)) {
                side.setArray(1, db.createArrayOf("uuid", chunk.ids()));
                side.execute();
            }
            db.commit();
            sideNanos += System.nanoTime() - siding;
            duplicates += chunk.duplicates();
            long done = Math.min(articles.count(), following);
            if (done % 20_000 == 0 || done == articles.count()) {
                double seconds = (System.nanoTime() - copyStart) / 1e9;
                progress.note(
                        "%,d articles stored, %.0f/s (waiting for rows (generator or file) %.0f s, COPY %.0f s, side tables %.0f s)",
                        done, done / seconds, generatingNanos / 1e9, copyNanos / 1e9, sideNanos / 1e9);
            }
        }
        db.setAutoCommit(true);
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        long indexStart = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            for (String sql : restore) {
                statement.execute(sql);
            }
        }
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        if (empty) {
            progress.note("indexes and foreign keys built again in %.1f s", indexSeconds);
        }
        long analyzeStart = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            // Also sets the visibility map, so that index-only scans need not visit the table.
            statement.execute("vacuum analyze articles, article_entities, article_entity_keys");
        }
        double analyzeSeconds = (System.nanoTime() - analyzeStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes;
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select pg_database_size(current_database())")) {
            rows.next();
            bytes = rows.getLong(1);
        }
        return new Figures(
                articles.count(),
                duplicates,
                seconds,
                seconds / Math.max(1, articles.count()) * 100_000,
                copySeconds,
                indexSeconds,
                analyzeSeconds,
                empty,
                bytes,
                texts);
    }

    /** A chunk's rows in COPY's text format, and their ids for the side tables. */
    private record Chunk(String copyText, UUID[] ids, int duplicates) {}

    private static Chunk chunk(ArchiveSource articles, long from, List<String> columns) {
        int size = (int) Math.min(CHUNK, articles.count() - from);
        String[] lines = new String[size];
        UUID[] ids = new UUID[size];
        java.util.concurrent.atomic.AtomicInteger duplicates = new java.util.concurrent.atomic.AtomicInteger();
        LongStream.range(from, from + size).parallel().forEach(i -> {
            ArchiveArticles.Generated article = articles.article(i);
            if (article.duplicateOf() != null) {
                duplicates.incrementAndGet();
            }
            Map<String, Object> values = row(article);
            StringBuilder line = new StringBuilder(4096);
            for (String column : columns) {
                if (line.length() > 0) {
                    line.append('\t');
                }
                append(line, values.get(column));
            }
            line.append('\n');
            lines[(int) (i - from)] = line.toString();
            ids[(int) (i - from)] = (UUID) values.get("id");
        });
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line);
        }
        return new Chunk(text.toString(), ids, duplicates.get());
    }

    /** The consumer's column values, and what its upsert adds: first ingestion, sort time, duplicate flag. */
    static Map<String, Object> row(ArchiveArticles.Generated article) {
        ObjectNode event = article.event();
        Map<String, Object> values = new LinkedHashMap<>(ArticleColumns.parameters(event));
        values.put("first_ingested_at", values.get("ingested_at"));
        values.put(
                "sort_at", values.get("published_at") != null ? values.get("published_at") : values.get("ingested_at"));
        values.put("duplicate_of", article.duplicateOf());
        return values;
    }

    private static List<String> columns(ArchiveSource articles) {
        return List.copyOf(row(articles.article(0)).keySet());
    }

    /** COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void append(StringBuilder line, Object value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> line.append(c);
            }
        }
    }

    /**
     * The consumer's side-table statement ({@code ArticleStore}, which fills them for one article
     * id) for an array of ids, without the stream notification. Fails if that statement changed
     * shape, so that the loader cannot drift from the consumer unnoticed.
     */
    static String sideTablesStatement() {
        String sql = ArticleStore.STATEMENTS.get(ArticleStore.STATEMENTS.size() - 1);
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put("where a.id = :id and e.id is not null", "where a.id = any(?) and e.id is not null");
        replacements.put(
                "select distinct on (entity_id) article_id", "select distinct on (article_id, entity_id) article_id");
        replacements.put("order by entity_id, salience desc", "order by article_id, entity_id, salience desc");
        replacements.put("from articles a where a.id = :id", "from articles a where false");
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            if (!sql.contains(replacement.getKey()) || !sql.contains("pg_notify")) {
                throw new IllegalStateException("ArticleStore's side-table statement changed (no \""
                        + replacement.getKey() + "\"): update ArchiveLoader.sideTablesStatement");
            }
            sql = sql.replace(replacement.getKey(), replacement.getValue());
        }
        if (sql.contains(":id")) {
            throw new IllegalStateException(
                    "ArticleStore's side-table statement has another :id: update ArchiveLoader");
        }
        return sql;
    }

    private static boolean recountable(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select exists (select from pg_proc where proname = 'tidings_recount_facets')")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** Drops what slows a bulk insert; returns the statements that make it again. */
    private static List<String> dropIndexesAndForeignKeys(Connection db) throws SQLException {
        List<String> restore = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        String tables = "array['" + String.join("', '", SIDE_TABLES) + "']::regclass[]";
        try (Statement statement = db.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select conrelid::regclass::text, conname,"
                    + " pg_get_constraintdef(oid) from pg_constraint where contype = 'f' and conrelid = any("
                    + tables + ")")) {
                while (rows.next()) {
                    drop.add("alter table " + rows.getString(1) + " drop constraint " + rows.getString(2));
                    restore.add("alter table " + rows.getString(1) + " add constraint " + rows.getString(2) + " "
                            + rows.getString(3));
                }
            }
            try (ResultSet rows = statement.executeQuery("select i.indexrelid::regclass::text,"
                    + " pg_get_indexdef(i.indexrelid) from pg_index i where i.indrelid = any(" + tables + ")"
                    + " and not exists (select from pg_constraint c where c.conindid = i.indexrelid)")) {
                while (rows.next()) {
                    drop.add("drop index " + rows.getString(1));
                    restore.add(0, rows.getString(2));
                }
            }
            for (String sql : drop) {
                statement.execute(sql);
            }
        }
        return restore;
    }
}
