package dev.tidings.enrichment.pipeline;

import dev.tidings.events.ArticleIngested;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Taggers, in the order they run, and nothing else. Plain Java, so a test can run the whole
 * pipeline on a text without Quarkus or Kafka. Which taggers the service runs, in which order, is
 * {@code StandardPipeline}'s: it knows every tagger, and so lives outside the package they depend on.
 */
public final class EnrichmentPipeline {

    private final List<Tagger> taggers;
    private final Map<String, Duration> loadTimes;

    private EnrichmentPipeline(List<Tagger> taggers, Map<String, Duration> loadTimes) {
        this.taggers = List.copyOf(taggers);
        this.loadTimes = Collections.unmodifiableMap(new LinkedHashMap<>(loadTimes));
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
