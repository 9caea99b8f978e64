package dev.tidings.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article with its tags, published by enrichment on {@link ArticleTopics#ENRICHED}. Schema:
 * {@code schema/article-enriched.v1.json}. Field names are the query API's response names.
 *
 * @param body the main story; every offset in the tags indexes into it
 * @param enrichmentVersion the version of the enricher that made the tags, so that a replay
 *     through a newer enricher can replace older tags and an older one never overwrites newer ones
 * @param segments related links and teasers found on the page besides the main story
 * @param focusCountry ISO code of the article's main country, or null
 * @param summary one to three sentences of the main story
 * @param fingerprint SimHash of the main story's shingles (16 hex digits), for near-duplicates
 * @param description the page's own summary (meta description), or null
 * @param imageUrl the page's lead image ({@code og:image}), absolute, or null
 * @param canonicalUrl the URL the page names as its own ({@code link rel=canonical}, {@code
 *     og:url}), else ingest's canonical form of {@code url}; null in events from before it existed
 * @param coverage which taggers ran for the article's language; null on events from before it existed
 * @param embedding the sentence embedding of the headline and lead (English articles), or null: for
 *     stories, so that neither query-service nor a replay computes it again; null on events from
 *     before it existed
 */
public record ArticleEnriched(
        UUID id,
        long version,
        String url,
        String source,
        String title,
        String body,
        Instant publishedAt,
        List<String> authors,
        String section,
        String contentHash,
        Instant ingestedAt,
        Instant enrichedAt,
        int enrichmentVersion,
        DetectedLanguage language,
        List<Entity> entities,
        Segments segments,
        List<Country> countries,
        String focusCountry,
        List<Quote> quotes,
        List<Amount> amounts,
        List<Topic> topics,
        List<Keyword> keywords,
        Tone tone,
        String summary,
        String fingerprint,
        String description,
        String imageUrl,
        String canonicalUrl,
        Coverage coverage,
        Embedding embedding) {

    public ArticleEnriched {
        authors = authors == null ? List.of() : List.copyOf(authors);
        entities = entities == null ? List.of() : List.copyOf(entities);
        segments = segments == null ? Segments.NONE : segments;
        countries = countries == null ? List.of() : List.copyOf(countries);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        topics = topics == null ? List.of() : List.copyOf(topics);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** An article with every tag but the embedding (non-English, or from before it existed). */
    public ArticleEnriched(
            UUID id,
            long version,
            String url,
            String source,
            String title,
            String body,
            Instant publishedAt,
            List<String> authors,
            String section,
            String contentHash,
            Instant ingestedAt,
            Instant enrichedAt,
            int enrichmentVersion,
            DetectedLanguage language,
            List<Entity> entities,
            Segments segments,
            List<Country> countries,
            String focusCountry,
            List<Quote> quotes,
            List<Amount> amounts,
            List<Topic> topics,
            List<Keyword> keywords,
            Tone tone,
            String summary,
            String fingerprint,
            String description,
            String imageUrl,
            String canonicalUrl,
            Coverage coverage) {
        this(
                id,
                version,
                url,
                source,
                title,
                body,
                publishedAt,
                authors,
                section,
                contentHash,
                ingestedAt,
                enrichedAt,
                enrichmentVersion,
                language,
                entities,
                segments,
                countries,
                focusCountry,
                quotes,
                amounts,
                topics,
                keywords,
                tone,
                summary,
                fingerprint,
                description,
                imageUrl,
                canonicalUrl,
                coverage,
                null);
    }

    /** An article with every tag, from before the page's metadata and {@code coverage} existed. */
    public ArticleEnriched(
            UUID id,
            long version,
            String url,
            String source,
            String title,
            String body,
            Instant publishedAt,
            List<String> authors,
            String section,
            String contentHash,
            Instant ingestedAt,
            Instant enrichedAt,
            int enrichmentVersion,
            DetectedLanguage language,
            List<Entity> entities,
            Segments segments,
            List<Country> countries,
            String focusCountry,
            List<Quote> quotes,
            List<Amount> amounts,
            List<Topic> topics,
            List<Keyword> keywords,
            Tone tone,
            String summary,
            String fingerprint) {
        this(
                id,
                version,
                url,
                source,
                title,
                body,
                publishedAt,
                authors,
                section,
                contentHash,
                ingestedAt,
                enrichedAt,
                enrichmentVersion,
                language,
                entities,
                segments,
                countries,
                focusCountry,
                quotes,
                amounts,
                topics,
                keywords,
                tone,
                summary,
                fingerprint,
                null,
                null,
                null,
                null);
    }

    /** An article tagged with its language and entities only. */
    public ArticleEnriched(
            UUID id,
            long version,
            String url,
            String source,
            String title,
            String body,
            Instant publishedAt,
            List<String> authors,
            String section,
            String contentHash,
            Instant ingestedAt,
            Instant enrichedAt,
            int enrichmentVersion,
            DetectedLanguage language,
            List<Entity> entities) {
        this(
                id,
                version,
                url,
                source,
                title,
                body,
                publishedAt,
                authors,
                section,
                contentHash,
                ingestedAt,
                enrichedAt,
                enrichmentVersion,
                language,
                entities,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
