package dev.tidings.query.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.query.search.FilterConditions;
import dev.tidings.query.search.HitRows;
import dev.tidings.query.search.ReaderDataSource;
import dev.tidings.query.search.SearchFilter;
import dev.tidings.query.search.SqlParameters;
import dev.tidings.query.story.StorySummary;
import io.quarkus.logging.Log;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Feeds the stream's clients on this instance with articles as they are stored. Every instance
 * LISTENs on the channel that {@code ArticleStore} notifies in each effective upsert, so that an
 * article consumed by any replica reaches the clients of all of them.
 *
 * <p>A notification only says that something was stored; the feed then reads every article with
 * a store number above the last one it handled, in order. Writers draw numbers under a lock, so
 * numbers become visible in order and nothing is passed over; a burst is read in one query, and
 * articles stored while the listening connection was down are read once it is back.
 */
@ApplicationScoped
public class StoredArticleFeed {
    static final String CHANNEL = "articles_stored";
    private static final int BATCH = 500;

    private final Vertx vertx;
    private final Pool pool;
    private final ObjectMapper json;
    private final StreamConfig config;
    private final StreamFanout fanout;
    private final String url;
    private final String user;
    private final Optional<String> password;

    private PgSubscriber listener;
    private long heartbeatTimer = -1;
    private long lastSeq = -1;
    private boolean reading;
    private boolean readAgain;
    private boolean stopped;

    public StoredArticleFeed(
            Vertx vertx,
            @ReactiveDataSource(ReaderDataSource.NAME) Pool pool,
            ObjectMapper json,
            StreamConfig config,
            // LISTEN needs a connection of its own, as the reader, on the primary: a hot standby (where
            // the reader's reads may go, see deploy/k8s/overlays/prod) cannot LISTEN.
            @ConfigProperty(name = "tidings.query.stream-listen-url") String url,
            @ConfigProperty(name = "quarkus.datasource.reader.username") String user,
            @ConfigProperty(name = "quarkus.datasource.reader.password") Optional<String> password) {
        this.vertx = vertx;
        this.pool = pool;
        this.json = json;
        this.config = config;
        this.url = url;
        this.user = user;
        this.password = password;
        this.fanout = new StreamFanout(config.bufferSize());
    }

    void start(@Observes StartupEvent event) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user);
        password.ifPresent(options::setPassword);
        listener = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
        listener.channel(CHANNEL)
                // Also after a reconnect: reads whatever was stored while the connection was down.
                .subscribeHandler(ignored -> requestRead())
                .handler(payload -> requestRead());
        listener.connect()
                .onFailure(e -> Log.warnf("Listening for stored articles failed, retrying: %s", e.toString()));
        heartbeatTimer = vertx.setPeriodic(config.heartbeat().toMillis(), id -> fanout.heartbeat());
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            stopped = true;
        }
        if (heartbeatTimer >= 0) {
            vertx.cancelTimer(heartbeatTimer);
        }
        fanout.closeAll();
        if (listener != null) {
            listener.close();
        }
    }

    /** A new client. With {@code resumeAfter}, it first gets the matching articles stored since. */
    public StreamSubscriber subscribe(SearchFilter filter, EventSink sink, Long resumeAfter) {
        StreamSubscriber subscriber = fanout.subscribe(filter, sink, resumeAfter);
        subscriber.offer(StreamEvent.comment("connected"));
        if (resumeAfter != null) {
            replay(subscriber, resumeAfter).subscribe().with(subscriber::replayed, e -> {
                Log.warnf("Replaying to a stream client failed: %s", e.toString());
                subscriber.close();
            });
        }
        return subscriber;
    }

    /** How many clients this instance streams to. */
    public int clients() {
        return fanout.size();
    }

    private Uni<List<StreamEvent>> replay(StreamSubscriber subscriber, long after) {
        SqlParameters parameters = new SqlParameters();
        String where = FilterConditions.of(subscriber.filter(), parameters).sql();
        String sql = "select " + HitRows.COLUMNS + ", " + HitRows.LEAD_SNIPPET
                + " from articles a where a.store_seq > " + parameters.add(after) + " and " + where
                + " order by a.store_seq desc limit " + parameters.add(config.replayLimit() + 1);
        return pool.preparedQuery(sql).execute(Tuple.from(parameters.values())).map(rows -> {
            List<StreamEvent> events = new ArrayList<>();
            for (Row row : rows) {
                events.add(articleEvent(row));
            }
            List<StreamEvent> replay = new ArrayList<>();
            if (events.size() > config.replayLimit()) {
                // More was missed than is replayed: the client should reload rather than trust its list.
                replay.add(StreamEvent.control(
                        StreamEvent.TRUNCATED,
                        "{\"reason\":\"more than " + config.replayLimit()
                                + " articles were stored since; the newest follow\"}"));
                events = events.subList(0, config.replayLimit());
            }
            Collections.reverse(events);
            replay.addAll(events);
            return replay;
        });
    }

    private void requestRead() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            if (reading) {
                readAgain = true;
                return;
            }
            reading = true;
            readAgain = false;
        }
        read().subscribe().with(more -> afterRead(more, false), e -> {
            Log.warnf("Reading stored articles for the stream failed, retrying: %s", e.toString());
            afterRead(false, true);
        });
    }

    private void afterRead(boolean more, boolean failed) {
        boolean again;
        synchronized (this) {
            reading = false;
            again = more || readAgain;
        }
        if (failed) {
            vertx.setTimer(1_000, id -> requestRead());
        } else if (again) {
            requestRead();
        }
    }

    /** Reads the next batch of stored articles and hands them out; true when there may be more. */
    private Uni<Boolean> read() {
        if (lastSeq < 0) {
            // Start from now: clients get what is stored from here on (and a replay when resuming).
            return maxSeq().map(seq -> {
                lastSeq = seq;
                return false;
            });
        }
        Map<String, List<StreamSubscriber>> groups = fanout.byFilter();
        if (groups.isEmpty()) {
            return maxSeq().map(seq -> {
                lastSeq = Math.max(lastSeq, seq);
                return false;
            });
        }
        SqlParameters parameters = new SqlParameters();
        String after = parameters.add(lastSeq);
        List<List<StreamSubscriber>> subscribers = new ArrayList<>(groups.values());
        StringBuilder matches = new StringBuilder();
        for (int i = 0; i < subscribers.size(); i++) {
            SearchFilter filter = subscribers.get(i).get(0).filter();
            matches.append(", (")
                    .append(FilterConditions.of(filter, parameters).sql())
                    .append(") as m")
                    .append(i);
            // A near-duplicate is not sent to a client that left duplicates out, but the story it
            // joined has grown: that client gets the story's event alone.
            matches.append(", (")
                    .append(FilterConditions.of(filter.withDuplicates(), parameters)
                            .sql())
                    .append(") as d")
                    .append(i);
        }
        String sql = "select " + HitRows.COLUMNS + ", " + HitRows.LEAD_SNIPPET + matches + ", " + JOINED_STORY
                + " from articles a" + JOIN_STORY + " where a.store_seq > " + after
                + " order by a.store_seq limit " + parameters.add(BATCH);
        return pool.preparedQuery(sql).execute(Tuple.from(parameters.values())).map(rows -> {
            for (Row row : rows) {
                long seq = row.getLong("store_seq");
                List<StreamEvent> events = null;
                for (int i = 0; i < subscribers.size(); i++) {
                    List<StreamEvent> sent = null;
                    if (Boolean.TRUE.equals(row.getBoolean("m" + i))) {
                        events = events == null ? storedEvents(row) : events;
                        sent = events;
                    } else if (Boolean.TRUE.equals(row.getBoolean("d" + i)) && row.getUUID("joined_id") != null) {
                        events = events == null ? storedEvents(row) : events;
                        sent = events.subList(1, events.size());
                    }
                    if (sent != null) {
                        for (StreamSubscriber subscriber : subscribers.get(i)) {
                            subscriber.offerStored(seq, sent);
                        }
                    }
                }
                lastSeq = Math.max(lastSeq, seq);
            }
            return rows.size() == BATCH;
        });
    }

    private Uni<Long> maxSeq() {
        return pool.query("select coalesce(max(store_seq), 0) as seq from articles")
                .execute()
                .map(rows -> rows.iterator().next().getLong("seq"));
    }

    /*
     * The story the article started or joined in this version (not a later version of an article
     * already in it), as it is now: read after the commit that grew it.
     */
    private static final String JOINED_STORY =
            "js.id as joined_id, js.title as joined_title, js.size as joined_size, js.first_seen as joined_first_seen,"
                    + " js.last_seen as joined_last_seen";
    private static final String JOIN_STORY =
            " left join stories js on js.id = a.story_id and a.story_joined_seq = a.store_seq";

    /** The article's event, then its story's when the article started or joined it. */
    private List<StreamEvent> storedEvents(Row row) {
        StreamEvent article = articleEvent(row);
        if (row.getUUID("joined_id") == null) {
            return List.of(article);
        }
        StorySummary story = new StorySummary(
                row.getUUID("joined_id"),
                row.getString("joined_title"),
                row.getInteger("joined_size"),
                HitRows.instant(row.getOffsetDateTime("joined_first_seen")),
                HitRows.instant(row.getOffsetDateTime("joined_last_seen")));
        try {
            return List.of(article, StreamEvent.control(StreamEvent.STORY, json.writeValueAsString(story)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StreamEvent articleEvent(Row row) {
        try {
            return StreamEvent.article(row.getLong("store_seq"), json.writeValueAsString(HitRows.hit(row)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
