package dev.tidings.query.article;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.query.story.StoryConfig;
import dev.tidings.query.story.StoryStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Gives a story to the stored articles that have none: those stored while stories were switched off
 * ({@code tidings.query.stories.enabled=false}) and those the archive importer loaded outside the
 * pipeline. Oldest first, so that stories grow in the order their articles were published; one
 * article per transaction under the writers' lock, through the consumer's own rule
 * ({@link StoryStore#assign}), so that a backfill running on two replicas beside two consumers
 * still makes one grouping.
 *
 * <p>It runs at start and then every {@code tidings.query.stories.backfill-interval} while stories are
 * on; a run stops when no article is left without a story.
 */
@ApplicationScoped
public class StoryBackfill {

    /** The oldest article without a story, read under the writers' lock so two replicas never take the same. */
    static final String OLDEST_WITHOUT_STORY =
            "select cast(id as text) from articles where story_id is null order by sort_at, id limit 1";

    private final StoryStore stories;
    private final StoryConfig config;
    private final Pool primary;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    public StoryBackfill(StoryStore stories, StoryConfig config, Pool primary, Vertx vertx) {
        this.stories = stories;
        this.config = config;
        // Read on the primary, where the row just found is (a replica may not have it yet).
        this.primary = primary;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            timer = vertx.setPeriodic(1, config.backfillInterval().toMillis(), id -> runInBackground());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void runInBackground() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still going
        }
        AtomicLong assigned = new AtomicLong();
        // A context of its own, safe for the reactive session, as a request or a message gets.
        Context context =
                VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> rounds().subscribe()
                .with(
                        round -> assigned.incrementAndGet(),
                        failure -> {
                            running.set(false);
                            Log.warnf(
                                    "Stories: giving stored articles a story failed after %,d, retrying in %s: %s",
                                    assigned.get(), config.backfillInterval(), failure.toString());
                        },
                        () -> {
                            running.set(false);
                            if (assigned.get() > 0) {
                                Log.infof("Stories: %,d stored articles without a story now have one", assigned.get());
                            }
                        }));
    }

    /** Assigns every article without a story, oldest first; the count assigned. */
    public Uni<Long> run() {
        return rounds().collect().with(Collectors.counting());
    }

    /** One item per article given a story, until none is left without one. */
    private Multi<Boolean> rounds() {
        return Uni.createFrom()
                .deferred(() -> Panache.withTransaction(this::assignOldest))
                .repeat()
                .whilst(assigned -> assigned)
                // The last round found none.
                .filter(assigned -> assigned);
    }

    /** The story of the oldest article without one, in the caller's transaction; false when there is none. */
    private Uni<Boolean> assignOldest() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(ArticleStore.SERIALISE_WRITERS)
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery(OLDEST_WITHOUT_STORY, String.class)
                                .getResultList())
                        .chain((List<String> ids) -> {
                            if (ids.isEmpty()) {
                                return Uni.createFrom().item(false);
                            }
                            return primary.preparedQuery(ArticleRepository.BY_ID)
                                    .execute(Tuple.of(UUID.fromString(ids.get(0))))
                                    .map(rows -> event(
                                            ArticleColumns.json(rows.iterator().next())))
                                    .chain(event -> stories.assign(session, event))
                                    .replaceWith(true);
                        }));
    }

    /** The stored article as the consumer read it (every stored article was read this way once). */
    private static ArticleEnriched event(ObjectNode stored) {
        return ArticleEventReader.ENRICHED.read(stored.toString()).event();
    }
}
