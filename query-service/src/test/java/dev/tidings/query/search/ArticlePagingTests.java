package dev.tidings.query.search;

import static dev.tidings.query.FixtureArticles.Content.FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.FixtureArticles;
import dev.tidings.query.SearchApi;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ArticlePagingTests {
    private static final long VERSION = 1_764_200_000_000_000L;

    @Inject
    ArticleStore store;

    @Test
    void pagingSeesEveryArticleOnceWhileNewerOnesArrive() throws Throwable {
        // Old enough to sort after every other test's articles; three share a publication time,
        // so that the id decides their order.
        Instant base = Instant.parse("1999-03-01T08:00:00Z");
        List<ArticleEnriched> originals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Instant published = i < 3 ? base : base.plusSeconds(3_600L * i);
            originals.add(FixtureArticles.article(UUID.randomUUID(), VERSION, FIRST, 1, published));
        }
        for (ArticleEnriched article : originals) {
            store(article);
        }

        List<String> seen = SearchApi.allIds(3, page -> {
            // Articles that arrive while a client pages land before its cursor: newer than all.
            store(FixtureArticles.article(UUID.randomUUID(), VERSION, FIRST, 1, Instant.now()));
        });

        Set<String> unique = new HashSet<>(seen);
        assertEquals(seen.size(), unique.size(), "an article was listed twice");
        List<String> expectedOrder = originals.stream()
                .sorted(Comparator.comparing(ArticleEnriched::publishedAt)
                        // PostgreSQL orders uuids as unsigned bytes, as their lowercase text sorts.
                        .thenComparing(a -> a.id().toString())
                        .reversed())
                .map(a -> a.id().toString())
                .toList();
        List<String> originalsAsListed =
                seen.stream().filter(expectedOrder::contains).toList();
        assertEquals(expectedOrder, originalsAsListed, "originals missing or out of newest-first order");
    }

    private void store(ArticleEnriched article) {
        var row = ArticleEventReader.ENRICHED.read(FixtureArticles.json(article));
        try {
            VertxContextSupport.subscribeAndAwait(() -> store.upsert(row));
        } catch (Throwable e) {
            throw new IllegalStateException("storing a fixture failed", e);
        }
    }
}
