package dev.tidings.query.messaging;

import static dev.tidings.query.FixtureArticles.Content.FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.query.FixtureArticles;
import dev.tidings.query.article.ArticleStore;
import dev.tidings.query.article.UpsertOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the consumer does with a valid record while the database fails. */
class EnrichedConsumerRetryTests {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final String record = FixtureArticles.json(FixtureArticles.article(UUID.randomUUID(), 1, FIRST, 1));

    @Test
    void validRecordWaitsForAnUnreachableDatabaseInsteadOfBeingDeadLettered() {
        FailingStore store = new FailingStore(3, new ConnectException("Connection refused"));

        consumer(store).consume(record).await().atMost(Duration.ofSeconds(10));

        assertEquals(4, store.attempts.get());
        assertEquals(1, registry.counter("tidings.query.articles.stored").count());
        assertEquals(0, registry.counter("tidings.query.articles.failed").count());
    }

    @Test
    void failureCausedByTheRecordIsNotRetried() {
        FailingStore store = new FailingStore(1, new PgException("value too long", "ERROR", "22001", null));

        assertThrows(
                PgException.class, () -> consumer(store).consume(record).await().atMost(Duration.ofSeconds(10)));

        assertEquals(1, store.attempts.get());
        assertEquals(1, registry.counter("tidings.query.articles.failed").count());
    }

    private EnrichedConsumer consumer(ArticleStore store) {
        StoreRetryConfig quickRetry = new StoreRetryConfig() {
            @Override
            public Duration initialBackoff() {
                return Duration.ofMillis(10);
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofMillis(50);
            }
        };
        return new EnrichedConsumer(store, quickRetry, registry);
    }

    /** A store whose database fails the first {@code failures} writes. */
    private static final class FailingStore extends ArticleStore {
        final AtomicInteger attempts = new AtomicInteger();
        private final int failures;
        private final Exception failure;

        FailingStore(int failures, Exception failure) {
            super(null, null, new SimpleMeterRegistry());
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public Uni<UpsertOutcome> upsert(ArticleEventReader.Valid<ArticleEnriched> article) {
            return attempts.incrementAndGet() <= failures
                    ? Uni.createFrom().failure(failure)
                    : Uni.createFrom().item(UpsertOutcome.STORED);
        }
    }
}
