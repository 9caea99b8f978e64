package dev.tidings.bench.endtoend;

import dev.tidings.bench.LatencySummary;
import dev.tidings.bench.Progress;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Reads query-service's {@code articles} table directly: which articles are queryable, and when
 * each was ingested ({@code ingested_at}, set by ingest-service) and stored ({@code stored_at},
 * the storing transaction's time).
 */
public final class StoredArticles implements AutoCloseable {
    private final Connection db;

    public record Timing(UUID id, Instant ingestedAt, Instant enrichedAt, Instant storedAt) {}

    /**
     * @param deadLettered articles the pipeline sent to a dead-letter topic instead
     * @param seconds from the first request sent to the last article stored
     * @param latency ingested_at to stored_at of each article
     * @param ingestToEnriched ingested_at to enriched_at: Kafka, the wait for a worker, the tagging
     * @param enrichedToStored enriched_at to stored_at: the publish, Kafka, query's consumer and upsert
     */
    public record Summary(
            int stored,
            int deadLettered,
            Instant lastStored,
            double seconds,
            double perSecond,
            LatencySummary latency,
            LatencySummary ingestToEnriched,
            LatencySummary enrichedToStored) {}

    public StoredArticles(Connection db) {
        this.db = db;
    }

    public int count(Collection<UUID> ids) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("select count(*) from articles where id = any(?)")) {
            count.setArray(1, uuids(ids));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    public List<Timing> timings(Collection<UUID> ids) throws SQLException {
        List<Timing> timings = new ArrayList<>(ids.size());
        try (PreparedStatement select =
                db.prepareStatement("select id, ingested_at, enriched_at, stored_at from articles where id = any(?)")) {
            select.setArray(1, uuids(ids));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    timings.add(new Timing(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getObject(3, OffsetDateTime.class).toInstant(),
                            rows.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return timings;
    }

    /**
     * Waits until every article is stored or dead-lettered, showing how many are; returns how many
     * were dead-lettered. Gives up when none more arrived for {@code stall}: a pipeline that stopped
     * moving, not one that is slow.
     */
    public int awaitAll(Collection<UUID> ids, DeadLetters deadLetters, Duration stall, Progress progress, String label)
            throws SQLException {
        int stored = -1;
        long lastChange = System.nanoTime();
        while (true) {
            int now = count(ids);
            int dead = now >= ids.size() ? 0 : deadLetters.count(ids);
            progress.bar(label, now + dead, ids.size(), dead == 0 ? "queryable" : dead + " dead-lettered");
            if (now + dead >= ids.size()) {
                progress.endBar();
                return dead;
            }
            now += dead;
            if (now != stored) {
                stored = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > stall.toNanos()) {
                progress.endBar();
                throw new IllegalStateException(label + ": only " + now + " of " + ids.size()
                        + " articles queryable, none more in " + stall.toSeconds() + " s; see the services' logs");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
        }
    }

    /**
     * The rate and the latencies of a phase that sent its first request at {@code firstSend}; the
     * rate counts stored articles only.
     */
    public Summary summarise(Collection<UUID> ids, Instant firstSend, int deadLettered) throws SQLException {
        List<Timing> timings = timings(ids);
        Instant last =
                timings.stream().map(Timing::storedAt).max(Instant::compareTo).orElse(firstSend);
        double seconds = Duration.between(firstSend, last).toNanos() / 1e9;
        return new Summary(
                timings.size(),
                deadLettered,
                last,
                seconds,
                seconds > 0 ? timings.size() / seconds : 0,
                between(timings, Timing::ingestedAt, Timing::storedAt),
                between(timings, Timing::ingestedAt, Timing::enrichedAt),
                between(timings, Timing::enrichedAt, Timing::storedAt));
    }

    private static LatencySummary between(
            List<Timing> timings, Function<Timing, Instant> from, Function<Timing, Instant> to) {
        return LatencySummary.ofNanos(timings.stream()
                .mapToLong(t -> Duration.between(from.apply(t), to.apply(t)).toNanos())
                .toArray());
    }

    /**
     * Deletes the rows of this run that query-service marked as duplicates (each phase stored the same
     * texts again under other URLs), then vacuums: otherwise the listing would skip thousands of
     * hidden copies, which no real feed has, and measure that. Returns how many were deleted.
     */
    public int deleteBenchDuplicates(String runId) throws SQLException {
        int deleted;
        try (PreparedStatement delete =
                db.prepareStatement("delete from articles where duplicate_of is not null and url like ?")) {
            delete.setString(1, "%bench=" + runId + "-%");
            deleted = delete.executeUpdate();
        }
        try (var statement = db.createStatement()) {
            statement.execute("vacuum analyze");
        }
        return deleted;
    }

    /** Rows stored by this run. */
    public int countRun(String runId) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("select count(*) from articles where url like ?")) {
            count.setString(1, "%bench=" + runId + "-%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private Array uuids(Collection<UUID> ids) throws SQLException {
        return db.createArrayOf("uuid", ids.toArray());
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
