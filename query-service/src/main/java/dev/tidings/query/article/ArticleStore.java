package dev.tidings.query.article;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.query.story.StoryConfig;
import dev.tidings.query.story.StoryStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** Writes enriched articles: one idempotent, version-guarded statement per article. */
@ApplicationScoped
public class ArticleStore {
    private final StoryStore stories;
    private final StoryConfig storyConfig;
    private final MeterRegistry registry;
    private final Timer storyAssignment;

    public ArticleStore(StoryStore stories, StoryConfig storyConfig, MeterRegistry registry) {
        this.stories = stories;
        this.storyConfig = storyConfig;
        this.registry = registry;
        // Operators see what grouping costs per stored article; the stories-cost benchmark reads it.
        this.storyAssignment = Timer.builder("tidings.stories.assign")
                .description("Time to find or open the story of one stored article, inside its transaction")
                .register(registry);
    }

    /*
     * One statement, so that two deliveries of the same article racing on two consumers can never
     * interleave a read and a write. The WHERE of the update is the whole rule:
     *  - new content (other hash) replaces the stored row only when its version is newer;
     *  - the same content replaces it only when a newer enricher tagged it;
     * anything else (a duplicate, an unchanged resubmission, an older version) leaves it alone.
     * The columns the event fills, and how each is bound, are ArticleColumns'; the rest is this
     * table's own bookkeeping.
     */
    static final String UPSERT = """
            insert into articles (%s, first_ingested_at, sort_at, stored_at, store_seq)
            values (%s, cast(:ingested_at as timestamptz),
                    coalesce(cast(:published_at as timestamptz), cast(:ingested_at as timestamptz)), now(),
                    nextval('articles_store_seq'))
            on conflict (id) do update set
                version = greatest(articles.version, excluded.version),
                %s,
                first_ingested_at = least(articles.first_ingested_at, excluded.first_ingested_at),
                sort_at = coalesce(excluded.published_at,
                                   least(articles.first_ingested_at, excluded.first_ingested_at)),
                stored_at = now(),
                store_seq = excluded.store_seq
            where (excluded.content_hash <> articles.content_hash and excluded.version > articles.version)
               or (excluded.content_hash = articles.content_hash
                   and excluded.enrichment_version > articles.enrichment_version)
            """.formatted(
                    ArticleColumns.names(), ArticleColumns.placeholders(), ArticleColumns.replacedByTheNewerRow());

    /*
     * Writers take this transaction-scoped lock before drawing a store_seq, so that numbers become
     * visible in the order they were drawn: a stream client resuming after event N can then never
     * miss an article numbered below N that committed later. Writes are a few milliseconds, far
     * below what the enrichment stage delivers, so serialising them costs no throughput that matters.
     */
    static final String SERIALISE_WRITERS = "select pg_advisory_xact_lock(7175027)";

    /** The side tables are rebuilt from the row just written, so they can never disagree with it. */
    static final String CLEAR_SIDE_TABLES = """
            with cleared_entities as (delete from article_entities where article_id = :id),
                 cleared_keys as (delete from article_entity_keys where article_id = :id)
            select 1
            """;

    /*
     * One statement fills both side tables from the stored entity list and queues the notification
     * that every query-service instance listens for; PostgreSQL delivers it only on commit.
     * A linked entity is listed under its page's title ("United States"), whatever this article
     * called it; the name the article used ("the U.S.", "America") becomes one of its aliases, so
     * that autocomplete, filters and facets find and label one entity across articles.
     */
    static final String FILL_SIDE_TABLES_AND_NOTIFY = """
            with linked as (
                select a.id as article_id, e.id as entity_id, e.type, e.name,
                       nullif(case when jsonb_typeof(e.link) = 'object' then e.link ->> 'title' end, '') as title,
                       case when jsonb_typeof(e.aliases) = 'array' then e.aliases else '[]'::jsonb end as aliases,
                       coalesce(e.salience, 0) as salience
                from articles a
                cross join lateral jsonb_to_recordset(a.entities)
                    as e(id text, type text, name text, aliases jsonb, salience double precision, link jsonb)
                where a.id = :id and e.id is not null and e.type is not null and e.name is not null
            ), entities as (
                select article_id, entity_id, type, coalesce(title, name) as name,
                       case when title is not null and title <> name
                            then aliases || jsonb_build_array(name) else aliases end as aliases,
                       salience
                from linked
            ), stored_entities as (
                insert into article_entities (article_id, entity_id, type, name, aliases, salience)
                select distinct on (entity_id) article_id, entity_id, type, name,
                       array(select jsonb_array_elements_text(aliases)), salience
                from entities
                order by entity_id, salience desc
            ), stored_keys as (
                insert into article_entity_keys (article_id, entity_id, type, kind, key)
                select distinct e.article_id, e.entity_id, e.type, k.kind, lower(k.text)
                from entities e
                cross join lateral (
                    select 'id' as kind, e.entity_id as text
                    union all select 'name', e.name
                    union all select 'alias', alias from jsonb_array_elements_text(e.aliases) alias
                ) k
                where k.text <> ''
            )
            select pg_notify('articles_stored', cast(a.id as text) || ':' || cast(a.version as text))
            from articles a where a.id = :id
            """;

    /**
     * Marks the stored article as a near-duplicate of the earliest other article whose fingerprint
     * is within 6 bits (see V3__near_duplicates.sql; candidates by V18's pair keys), or clears the mark when its new content has
     * none. "Earliest" is by first ingestion, then by store order for articles ingested together. Another version of the same URL has the same id, so it is never its own duplicate.
     */
    static final String MARK_NEAR_DUPLICATE = """
            update articles a set duplicate_of = (
                select coalesce(o.duplicate_of, o.id)
                from articles o
                where o.id <> a.id
                  and tidings_fingerprint_pairs(o.fingerprint) && tidings_fingerprint_pairs(a.fingerprint)
                  and bit_count(cast(o.fingerprint # a.fingerprint as bit(64))) <= 6
                  and (o.first_ingested_at, o.store_seq) < (a.first_ingested_at, a.store_seq)
                order by o.first_ingested_at, o.store_seq
                limit 1)
            where a.id = :id
            """;

    /**
     * The statements of one effective upsert, in order, with their named parameters: the search
     * benchmark loads its corpus with exactly these.
     */
    public static final List<String> STATEMENTS =
            List.of(SERIALISE_WRITERS, UPSERT, MARK_NEAR_DUPLICATE, CLEAR_SIDE_TABLES, FILL_SIDE_TABLES_AND_NOTIFY);

    /**
     * Stores the article unless the stored one is as new or newer, and then its side tables, its
     * story (under the writers' lock, see StoryStore) and the notification; the transaction has
     * committed when the Uni completes.
     */
    @WithTransaction
    public Uni<UpsertOutcome> upsert(ArticleEventReader.Valid<ArticleEnriched> article) {
        UUID id = article.event().id();
        Map<String, Object> parameters = ArticleColumns.parameters(article.json());
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(SERIALISE_WRITERS)
                        .executeUpdate()
                        .chain(() -> {
                            var upsert = session.createNativeQuery(UPSERT);
                            parameters.forEach(upsert::setParameter);
                            return upsert.executeUpdate();
                        })
                        .chain(updated -> {
                            if (updated == 0) {
                                // Kept as it was: the side tables still describe the stored row.
                                return Uni.createFrom().item(UpsertOutcome.SKIPPED);
                            }
                            return session.createNativeQuery(MARK_NEAR_DUPLICATE)
                                    .setParameter("id", id)
                                    .executeUpdate()
                                    .chain(() -> session.createNativeQuery(CLEAR_SIDE_TABLES)
                                            .setParameter("id", id)
                                            .executeUpdate())
                                    .chain(() -> assignStory(session, article.event()))
                                    .chain(() -> session.createNativeQuery(FILL_SIDE_TABLES_AND_NOTIFY)
                                            .setParameter("id", id)
                                            .executeUpdate())
                                    .replaceWith(UpsertOutcome.STORED);
                        }));
    }

    /** With stories switched off the article is stored without one (its story is null). */
    private Uni<Void> assignStory(Mutiny.Session session, ArticleEnriched event) {
        if (!storyConfig.enabled()) {
            return Uni.createFrom().voidItem();
        }
        Timer.Sample started = Timer.start(registry);
        return stories.assign(session, event)
                .replaceWithVoid()
                .onTermination()
                .invoke(() -> started.stop(storyAssignment));
    }
}
