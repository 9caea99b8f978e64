package dev.tidings.enrichment.eval;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.EnrichmentPipeline;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.Entity;
import dev.tidings.events.Mention;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One text through the whole pipeline, as {@code POST /v1/enrich} runs it (no language given), and
 * its entities with offsets into that text: the segmenter may cut it to a main story, and offsets
 * index into what it kept.
 *
 * @param shift where the main story starts in the text, or -1 when it is not a part of it
 */
record PipelineRun(ArticleDocument document, int shift) {

    static PipelineRun of(EnrichmentPipeline pipeline, String title, String body) {
        ArticleDocument document = pipeline.tag(article(title, body));
        return new PipelineRun(document, body.indexOf(document.body()));
    }

    /** An article of this title (or "News") and body, as an ingested event. */
    static ArticleIngested article(String title, String body) {
        return new ArticleIngested(
                UUID.nameUUIDFromBytes(body.getBytes(StandardCharsets.UTF_8)),
                1L,
                null,
                null,
                null,
                title.isBlank() ? "News" : title,
                body,
                Instant.EPOCH,
                null,
                List.of(),
                null,
                "text",
                null,
                Instant.EPOCH);
    }

    /** The entities, their mentions' offsets into the submitted text; none when the story is not in it. */
    List<Entity> entities() {
        if (shift < 0) {
            return List.of();
        }
        return document.entities().stream()
                .map(entity -> new Entity(
                        entity.id(),
                        entity.type(),
                        entity.name(),
                        entity.aliases(),
                        entity.mentions().stream()
                                .map(m -> new Mention(m.start() + shift, m.end() + shift, m.text()))
                                .toList(),
                        entity.salience(),
                        entity.countryCode(),
                        entity.coordinates(),
                        entity.link()))
                .toList();
    }
}
