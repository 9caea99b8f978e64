package dev.tidings.query.article;

import dev.tidings.events.Entity;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stored article, as read from the {@code articles} table. Read-only here: rows are written by
 * {@link ArticleStore}'s version-guarded upsert, never by flushing an entity.
 */
@jakarta.persistence.Entity
@Table(name = "articles")
@Immutable
public class Article {
    @Id
    private UUID id;

    @Column(name = "version")
    private long version;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "enrichment_version")
    private int enrichmentVersion;

    @Column(name = "url")
    private String url;

    @Column(name = "source")
    private String source;

    @Column(name = "title")
    private String title;

    @Column(name = "body")
    private String body;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "authors")
    @JdbcTypeCode(SqlTypes.JSON)
    @JdbcType(JsonbJdbcType.class)
    private List<String> authors;

    @Column(name = "section")
    private String section;

    @Column(name = "ingested_at")
    private Instant ingestedAt;

    @Column(name = "enriched_at")
    private Instant enrichedAt;

    @Column(name = "language_code")
    private String languageCode;

    @Column(name = "language_confidence")
    private double languageConfidence;

    @Column(name = "entities")
    @JdbcTypeCode(SqlTypes.JSON)
    @JdbcType(JsonbJdbcType.class)
    private List<Entity> entities;

    @Column(name = "tags")
    @JdbcTypeCode(SqlTypes.JSON)
    @JdbcType(JsonbJdbcType.class)
    private Map<String, Object> tags;

    @Column(name = "sort_at")
    private Instant sortAt;

    @Column(name = "stored_at")
    private Instant storedAt;

    @Column(name = "duplicate_of")
    private UUID duplicateOf;

    protected Article() {}

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getEnrichmentVersion() {
        return enrichmentVersion;
    }

    public String getUrl() {
        return url;
    }

    public String getSource() {
        return source;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<String> getAuthors() {
        return authors == null ? List.of() : authors;
    }

    public String getSection() {
        return section;
    }

    public Instant getIngestedAt() {
        return ingestedAt;
    }

    public Instant getEnrichedAt() {
        return enrichedAt;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public double getLanguageConfidence() {
        return languageConfidence;
    }

    public List<Entity> getEntities() {
        return entities == null ? List.of() : entities;
    }

    /** Tag fields of the enriched document that have no column of their own, by field name. */
    public Map<String, Object> getTags() {
        return tags == null ? Map.of() : tags;
    }

    public Instant getSortAt() {
        return sortAt;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    /** The article this one duplicates, when the duplicate detection found one. */
    public UUID getDuplicateOf() {
        return duplicateOf;
    }
}
