package dev.tidings.enrichment.pipeline;

import dev.tidings.enrichment.amount.AmountTagger;
import dev.tidings.enrichment.dedup.FingerprintTagger;
import dev.tidings.enrichment.embedding.EmbeddingTagger;
import dev.tidings.enrichment.entity.EntityTagger;
import dev.tidings.enrichment.geo.PlaceTagger;
import dev.tidings.enrichment.keyword.KeywordTagger;
import dev.tidings.enrichment.language.LanguageTagger;
import dev.tidings.enrichment.page.PageTagger;
import dev.tidings.enrichment.quote.QuoteTagger;
import dev.tidings.enrichment.segment.SegmentTagger;
import dev.tidings.enrichment.summary.SummaryTagger;
import dev.tidings.enrichment.tone.ToneTagger;
import dev.tidings.enrichment.topic.TopicTagger;
import dev.tidings.events.ArticleIngested;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The taggers, in the order they run, and nothing else. Plain Java, so a test can run the whole
 * pipeline on a text without Quarkus or Kafka.
 */
public final class EnrichmentPipeline {

    private final List<Tagger> taggers;
    private final Map<String, Duration> loadTimes;

    private EnrichmentPipeline(List<Tagger> taggers, Map<String, Duration> loadTimes) {
        this.taggers = List.copyOf(taggers);
        this.loadTimes = Collections.unmodifiableMap(new LinkedHashMap<>(loadTimes));
    }

    /**
     * The pipeline the service runs. This list is the one place that orders the taggers: adding a
     * tagger is writing its class and adding one line here. Each tagger may read what the ones
     * above it found.
     */
    public static EnrichmentPipeline standard() {
        return load(List.of(
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

    /**
     * Builds each tagger in order, timing it: the taggers load their models in their constructors,
     * and the load times are what makes the service slow to start.
     */
    public static EnrichmentPipeline load(List<Supplier<? extends Tagger>> factories) {
        List<Tagger> taggers = new ArrayList<>();
        Map<String, Duration> loadTimes = new LinkedHashMap<>();
        for (Supplier<? extends Tagger> factory : factories) {
            long start = System.nanoTime();
            Tagger tagger = factory.get();
            taggers.add(tagger);
            loadTimes.put(tagger.name(), Duration.ofNanos(System.nanoTime() - start));
        }
        return new EnrichmentPipeline(taggers, loadTimes);
    }

    /** Runs every tagger, in order, over one article. */
    public ArticleDocument tag(ArticleIngested article) {
        ArticleDocument document = new ArticleDocument(article);
        for (Tagger tagger : taggers) {
            tagger.tag(document);
        }
        return document;
    }

    /** The taggers, in the order they run (the evaluation times each one on its own). */
    public List<Tagger> taggers() {
        return taggers;
    }

    public List<String> taggerNames() {
        return taggers.stream().map(Tagger::name).toList();
    }

    /** How long each tagger took to build, by name, in pipeline order. */
    public Map<String, Duration> loadTimes() {
        return loadTimes;
    }
}
