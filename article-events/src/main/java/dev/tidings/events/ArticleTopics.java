package dev.tidings.events;

/** Kafka topic names. Every record on the article topics is keyed by the article id. */
public final class ArticleTopics {
    /** Articles accepted by ingest, as {@link ArticleIngested}. */
    public static final String INGESTED = "articles.ingested";
    /** Articles tagged by enrichment, as {@link ArticleEnriched}. */
    public static final String ENRICHED = "articles.enriched";
    /** Ingested records that enrichment could not process, with the reason in headers. */
    public static final String INGESTED_DLQ = "articles.ingested.dlq";
    /** Enriched records that query could not store, with the reason in headers. */
    public static final String ENRICHED_DLQ = "articles.enriched.dlq";

    private ArticleTopics() {}
}
