package dev.tidings.events;

/** CloudEvents {@code type} and {@code source} attributes of the article events. */
public final class CloudEventTypes {
    public static final String ARTICLE_INGESTED = "tidings.article.ingested.v1";
    public static final String ARTICLE_ENRICHED = "tidings.article.enriched.v1";
    public static final String INGEST_SOURCE = "/tidings/ingest-service";
    public static final String ENRICHMENT_SOURCE = "/tidings/enrichment-service";

    private CloudEventTypes() {}

    /** One submission of one article has one event id, so a redelivery carries the same id. */
    public static String eventId(java.util.UUID articleId, long version) {
        return articleId + "/" + version;
    }
}
