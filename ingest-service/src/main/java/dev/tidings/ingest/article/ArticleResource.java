package dev.tidings.ingest.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tidings.http.Problem;
import dev.tidings.ingest.config.IngestConfig;
import dev.tidings.ingest.config.QueryServiceConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The producers' door: {@code POST /v1/articles}. */
@Path(ArticleResource.PATH)
@Tag(name = "Articles", description = "Submit articles to the pipeline")
@SecurityScheme(
        securitySchemeName = ArticleResource.PRODUCER_KEY,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A producer key, sent as 'Authorization: Bearer <key>' (ProducerGate checks it)")
public class ArticleResource {
    public static final String PATH = "/v1/articles";
    public static final String PRODUCER_KEY = "producerKey";

    private final ArticleIntake intake;
    private final RequestBodyReader bodies;
    private final SubmissionReader submissions;
    private final long maxSubmissionBytes;
    private final String queryArticlesUrl;

    public ArticleResource(
            ArticleIntake intake,
            RequestBodyReader bodies,
            SubmissionReader submissions,
            IngestConfig ingestConfig,
            QueryServiceConfig config) {
        this.intake = intake;
        this.bodies = bodies;
        this.submissions = submissions;
        this.maxSubmissionBytes = ingestConfig.limits().submission().asLongValue();
        String base = config.baseUrl().toString();
        this.queryArticlesUrl = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/articles/";
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "submitArticle",
            summary = "Submit an article",
            description = "Validates the article, gives it a stable id from its canonical URL and publishes it to"
                    + " the pipeline. Answers only after Kafka acknowledged the event. Resubmitting the same URL"
                    + " gives the same id and a higher version; unchanged content gives the same contentHash.")
    @SecurityRequirement(name = PRODUCER_KEY)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleSubmission.class)))
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the article is on its way through the pipeline",
            headers =
                    @Header(
                            name = "Location",
                            description = "Where query-service will serve the article",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AcceptedArticle.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, unknown fields or malformed JSON; errors lists every bad field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // 401 and 403: ProducerGateResponses adds the gate's answers.
    @APIResponse(
            responseCode = "429",
            description = "The key is over its rate; nothing was read",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait before retrying",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Request body larger than tidings.ingest.limits.submission (8 MiB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "Kafka did not take the article; retry after the given delay",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait before retrying",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<AcceptedArticle>> submit(@Context RoutingContext request) {
        // The body is read here rather than bound by the REST layer: see RequestBodyReader.
        return bodies.read(request, maxSubmissionBytes)
                .onItem()
                .transformToUni(body -> {
                    try {
                        return intake.ingest(submissions.read(body));
                    } catch (JsonProcessingException e) {
                        return Uni.createFrom().failure(e);
                    }
                })
                .map(event -> RestResponse.ResponseBuilder.create(
                                RestResponse.Status.ACCEPTED, AcceptedArticle.of(event.id(), event.version()))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .location(locationOf(event.id()))
                        .build());
    }

    private URI locationOf(UUID id) {
        return URI.create(queryArticlesUrl + id);
    }
}
