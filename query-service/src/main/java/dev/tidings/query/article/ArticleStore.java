package dev.tidings.query.article;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.reactive.common.AffectedEntities;

/** Writes enriched articles: one idempotent, version-guarded statement per article. */
@ApplicationScoped
public class ArticleStore {
    /*
     * One statement, so that two deliveries of the same article racing on two consumers can never
     * interleave a read and a write. The WHERE of the update is the whole rule:
     *  - new content (other hash) replaces the stored row only when its version is newer;
     *  - the same content replaces it only when a newer enricher tagged it;
     * anything else (a duplicate, an unchanged resubmission, an older version) leaves it alone.
     * JSON arrives as text and is cast on the server: the reactive client would store a Java
     * String bound straight to a jsonb parameter as a JSON string.
     */
    static final String UPSERT = """
            insert into articles (id, version, content_hash, enrichment_version, url, source, title, body,
                                  published_at, authors, section, ingested_at, first_ingested_at, enriched_at,
                                  language_code, language_confidence, entities, tags, sort_at, stored_at)
            values (:id, :version, :contentHash, :enrichmentVersion, :url, :source, :title, :body,
                    cast(:publishedAt as timestamptz), cast(cast(:authors as text) as jsonb), :section,
                    cast(:ingestedAt as timestamptz), cast(:ingestedAt as timestamptz), cast(:enrichedAt as timestamptz),
                    :languageCode, :languageConfidence, cast(cast(:entities as text) as jsonb),
                    cast(cast(:tags as text) as jsonb),
                    coalesce(cast(:publishedAt as timestamptz), cast(:ingestedAt as timestamptz)), now())
            on conflict (id) do update set
                version = greatest(articles.version, excluded.version),
                content_hash = excluded.content_hash,
                enrichment_version = excluded.enrichment_version,
                url = excluded.url,
                source = excluded.source,
                title = excluded.title,
                body = excluded.body,
                published_at = excluded.published_at,
                authors = excluded.authors,
                section = excluded.section,
                ingested_at = excluded.ingested_at,
                first_ingested_at = least(articles.first_ingested_at, excluded.first_ingested_at),
                enriched_at = excluded.enriched_at,
                language_code = excluded.language_code,
                language_confidence = excluded.language_confidence,
                entities = excluded.entities,
                tags = excluded.tags,
                sort_at = coalesce(excluded.published_at,
                                   least(articles.first_ingested_at, excluded.first_ingested_at)),
                stored_at = now()
            where (excluded.content_hash <> articles.content_hash and excluded.version > articles.version)
               or (excluded.content_hash = articles.content_hash
                   and excluded.enrichment_version > articles.enrichment_version)
            """;

    /** Stores the article unless the stored one is as new or newer; the transaction has committed when the Uni completes. */
    @WithTransaction
    public Uni<UpsertOutcome> upsert(ArticleRow row) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UPSERT, new AffectedEntities(Article.class))
                        .setParameter("id", row.id())
                        .setParameter("version", row.version())
                        .setParameter("contentHash", row.contentHash())
                        .setParameter("enrichmentVersion", row.enrichmentVersion())
                        .setParameter("url", row.url())
                        .setParameter("source", row.source())
                        .setParameter("title", row.title())
                        .setParameter("body", row.body())
                        .setParameter("publishedAt", utc(row.publishedAt()))
                        .setParameter("authors", row.authorsJson())
                        .setParameter("section", row.section())
                        .setParameter("ingestedAt", utc(row.ingestedAt()))
                        .setParameter("enrichedAt", utc(row.enrichedAt()))
                        .setParameter("languageCode", row.languageCode())
                        .setParameter("languageConfidence", row.languageConfidence())
                        .setParameter("entities", row.entitiesJson())
                        .setParameter("tags", row.tagsJson())
                        .executeUpdate())
                .map(updated -> updated > 0 ? UpsertOutcome.STORED : UpsertOutcome.SKIPPED);
    }

    // The reactive client binds timestamptz parameters as OffsetDateTime.
    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
