package dev.tidings.enrichment.rest;

import dev.tidings.enrichment.enricher.ArticleEnricher;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.http.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tags an article and returns the enriched article, without Kafka: for previews and for measuring
 * tagging quality on hand-picked texts. The answer is what the article would be published as.
 */
@Path("/v1/enrich")
@Tag(name = "Enrichment", description = "Tag an article without the pipeline")
// Open to any caller, on purpose: an empty security list says so, rather than leaving it unsaid.
@SecurityRequirements
public class EnrichResource {

    private final ArticleEnricher enricher;
    private final Clock clock = Clock.systemUTC();

    EnrichResource(ArticleEnricher enricher) {
        this.enricher = enricher;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    // Tagging takes tens of milliseconds of CPU: a worker thread, never the event loop.
    @Blocking
    @Operation(
            operationId = "enrichArticle",
            summary = "Tag an article without publishing it",
            description = "Returns the ArticleEnriched event the article would be published as, with version 0.")
    @APIResponse(
            responseCode = "200",
            description = "The enriched article",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleEnriched.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, or title or body missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleEnriched enrich(EnrichRequest request) {
        return enricher.enrich(PreviewArticle.of(request, Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
    }
}
