package dev.tidings.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.SearchCorpus;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The facet counts over every listed article are kept at write time (V10), and the entity directory
 * of autocomplete (V12: entities' listed articles, names and aliases); whatever is written,
 * stored again, flagged as a duplicate or deleted, they must equal the counts made by counting.
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class MaintainedFacetCountsTests {
    private static final FacetRequest EVERY_FACET =
            new FacetRequest(SearchFilter.NONE, List.of(FacetDimension.values()), 50);

    @Inject
    ArticleStore store;

    @Inject
    Pool pool;

    @BeforeEach
    void corpus() {
        SearchCorpus.load(store, pool);
    }

    @Test
    void maintainedCountsEqualCountedOnesThroughStoreRestoreFlagAndDelete() {
        assertEquals(counted(), maintained(), "after the corpus");

        UUID id = UUID.randomUUID();
        ArticleEnriched first = SearchCorpus.extra(id, Instant.now().minus(Duration.ofDays(1)), "tallymark", "KP");
        SearchCorpus.store(store, first);
        Map<String, Long> withOne = maintained();
        assertEquals(counted(), withOne, "after storing one more");

        // A newer version about another country and with other entities replaces the first.
        ArticleEnriched second = SearchCorpus.extra(id, Instant.now(), "tallymark again", "NO");
        ArticleEnriched newer = new ArticleEnriched(
                second.id(),
                first.version() + 1,
                second.url(),
                "Another Source",
                second.title(),
                second.body(),
                second.publishedAt(),
                second.authors(),
                second.section(),
                second.contentHash(),
                second.ingestedAt(),
                second.enrichedAt(),
                second.enrichmentVersion(),
                second.language(),
                List.of(),
                second.segments(),
                second.countries(),
                second.focusCountry(),
                second.quotes(),
                second.amounts(),
                second.topics(),
                second.keywords(),
                second.tone(),
                second.summary(),
                second.fingerprint(),
                second.description(),
                second.imageUrl(),
                second.canonicalUrl(),
                second.coverage());
        SearchCorpus.store(store, newer);
        assertNotEquals(withOne, maintained(), "the new version counts instead of the old one");
        assertEquals(counted(), maintained(), "after a new version");

        UUID original = UUID.fromString(SearchCorpus.articles().get(0).id());
        await(pool.preparedQuery("update articles set duplicate_of = $1 where id = $2")
                .execute(Tuple.of(original, id)));
        assertEquals(counted(), maintained(), "after flagging it as a duplicate");
        await(pool.preparedQuery("update articles set duplicate_of = null where id = $1")
                .execute(Tuple.of(id)));
        assertEquals(counted(), maintained(), "after clearing the flag");

        SearchCorpus.delete(pool, List.of(id));
        assertEquals(counted(), maintained(), "after deleting it");
    }

    /**
     * What a facet request over every listed article answers from the maintained counts, and the
     * entity directory the writes keep for autocomplete (V12): every entity's listed articles, names
     * and aliases.
     */
    private Map<String, Long> maintained() {
        Map<String, Long> counts = run(ArticleSearchRepository.facetStatement(EVERY_FACET, true));
        counts.putAll(rows("select 'listed ' || dimension || ' ' || value as key, n from facet_counts"
                + " where dimension in ('PERSON', 'ORGANIZATION', 'LOCATION', 'MISC') and n > 0"));
        counts.putAll(rows("select 'named ' || entity_id || ' ' || type || ' ' || kind || ' ' || name as key,"
                + " mentions as n from entity_names"));
        return counts;
    }

    /** The same, counted over the articles and their entities themselves. */
    private Map<String, Long> counted() {
        Map<String, Long> counts = run(ArticleSearchRepository.facetStatement(EVERY_FACET, false));
        counts.putAll(rows("select 'listed ' || e.type || ' ' || e.entity_id as key, count(*) as n"
                + " from article_entities e join articles a on a.id = e.article_id and a.duplicate_of is null"
                + " group by e.type, e.entity_id"));
        counts.putAll(rows("select 'named ' || entity_id || ' ' || type || ' ' || kind || ' ' || name as key,"
                + " count(*) as n from ("
                + " select article_id, entity_id, type, 'name' as kind, name from article_entities"
                + " union select article_id, entity_id, type, 'alias', alias from article_entities, unnest(aliases) alias"
                + ") v where name <> '' group by entity_id, type, kind, name"));
        return counts;
    }

    private Map<String, Long> rows(String sql) {
        Map<String, Long> counts = new TreeMap<>();
        await(pool.query(sql).execute()).forEach(r -> counts.put(r.getString("key"), r.getLong("n")));
        return counts;
    }

    private Map<String, Long> run(ArticleSearchRepository.Statement statement) {
        Map<String, Long> counts = new TreeMap<>();
        List<Row> rows = new ArrayList<>();
        await(pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.parameters())))
                .forEach(rows::add);
        rows.forEach(r -> counts.put(
                r.getString("facet") + "=" + r.getString("value") + " (" + r.getString("label") + ")", r.getLong("n")));
        return counts;
    }

    private static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(30));
    }
}
