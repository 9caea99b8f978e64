package dev.tidings.enrichment.enricher;

import dev.tidings.enrichment.amount.AmountTagger;
import dev.tidings.enrichment.dedup.FingerprintTagger;
import dev.tidings.enrichment.embedding.EmbeddingTagger;
import dev.tidings.enrichment.entity.EntityTagger;
import dev.tidings.enrichment.geo.PlaceTagger;
import dev.tidings.enrichment.keyword.KeywordTagger;
import dev.tidings.enrichment.language.LanguageTagger;
import dev.tidings.enrichment.page.PageTagger;
import dev.tidings.enrichment.pipeline.EnrichmentPipeline;
import dev.tidings.enrichment.quote.QuoteTagger;
import dev.tidings.enrichment.segment.SegmentTagger;
import dev.tidings.enrichment.summary.SummaryTagger;
import dev.tidings.enrichment.tone.ToneTagger;
import dev.tidings.enrichment.topic.TopicTagger;
import java.util.List;

/** The composition root of enrichment: the taggers the service runs, in their order. */
public final class StandardPipeline {
    private StandardPipeline() {}

    /**
     * The pipeline the service runs. This list is the one place that orders the taggers: adding a
     * tagger is writing its class and adding one line here. Each tagger may read what the ones
     * above it found.
     */
    public static EnrichmentPipeline load() {
        return EnrichmentPipeline.load(List.of(
                // First: an HTML page becomes its article's text, and what the page says of itself
                // fills what the producer left out (title, authors, time...).
                PageTagger::new,
                // Next, because every offset indexes into the main story it leaves.
                SegmentTagger::new,
                // Before the rest, because the English-only taggers skip other languages.
                LanguageTagger::new,
                EntityTagger::new,
                // After entities: places LOCATION entities, links quote speakers to entities.
                PlaceTagger::new,
                QuoteTagger::new,
                AmountTagger::new,
                EmbeddingTagger::new,
                TopicTagger::new,
                KeywordTagger::new,
                ToneTagger::new,
                SummaryTagger::new,
                FingerprintTagger::new));
    }
}
