package dev.tidings.enrichment.enricher;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.EnrichmentPipeline;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleIngested;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

/**
 * Turns an ingested article into an enriched one, for both the Kafka consumer and the preview
 * endpoint, so the two always give the same tags.
 *
 * <p>{@link Startup} builds it, and so loads the NLP models, while the service starts rather than
 * on the first article: the first article would otherwise wait seconds, and a service that cannot
 * load its models should fail at once.
 */
@Startup
@Singleton
public class ArticleEnricher {

    private final EnrichmentPipeline pipeline;
    private final int enrichmentVersion;
    private final Timer duration;
    private final Clock clock;

    ArticleEnricher(
            @ConfigProperty(name = "tidings.enrichment.version", defaultValue = "1") int enrichmentVersion,
            MeterRegistry registry,
            @Readiness ModelsReadinessCheck readiness) {
        long start = System.nanoTime();
        this.pipeline = StandardPipeline.load();
        Log.infof(
                "Enrichment pipeline %s (enrichment version %d) loaded in %d ms: %s",
                pipeline.taggerNames(),
                enrichmentVersion,
                Duration.ofNanos(System.nanoTime() - start).toMillis(),
                describe(pipeline.loadTimes()));
        this.enrichmentVersion = enrichmentVersion;
        this.duration = Timer.builder("tidings.enrichment.duration")
                .description("Time to run every tagger over one article")
                .register(registry);
        this.clock = Clock.systemUTC();
        readiness.loaded(pipeline.loadTimes());
    }

    public ArticleEnriched enrich(ArticleIngested article) {
        ArticleDocument document = duration.record(() -> pipeline.tag(article));
        // Microseconds, the precision PostgreSQL keeps, so a stored row reads back equal.
        return document.toEnriched(enrichmentVersion, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    private static String describe(Map<String, Duration> loadTimes) {
        StringBuilder text = new StringBuilder();
        loadTimes.forEach((name, time) -> text.append(text.length() == 0 ? "" : ", ")
                .append(name)
                .append(' ')
                .append(time.toMillis())
                .append(" ms"));
        return text.toString();
    }
}
