package dev.tidings.ingest.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.http.Problem;
import dev.tidings.http.ProblemException;
import dev.tidings.http.ProblemType;
import dev.tidings.ingest.article.ArticleResource;
import dev.tidings.ingest.article.RequestBodyReader;
import dev.tidings.ingest.auth.ProducerGate;
import dev.tidings.ingest.batch.BatchItems.Item;
import dev.tidings.ingest.config.IngestConfig;
import io.netty.buffer.ByteBuf;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Backfills and backlogs: {@code POST /v1/articles/batch}, up to 1,000 articles in one request. */
@Path(BatchResource.PATH)
@Tag(name = "Articles", description = "Submit articles to the pipeline")
public class BatchResource {
    public static final String PATH = "/v1/articles/batch";
    public static final String NDJSON = "application/x-ndjson";

    /** Taking this batch now would go over {@code tidings.ingest.limits.batches-in-flight}. */
    private static final ProblemException BUSY = new ProblemException(
            ProblemType.BUSY.problem(
                    "Ingest is taking as many batches as it can at once; send this one again in a second."),
            Map.of("Retry-After", "1"));

    private final RequestBodyReader bodies;
    private final BatchesInFlight inFlight;
    private final BatchIntake intake;
    private final ProducerGate gate;
    private final JsonFactory json;
    private final long maxBatchBytes;
    private final int maxArticles;

    public BatchResource(
            RequestBodyReader bodies,
            BatchesInFlight inFlight,
            BatchIntake intake,
            ProducerGate gate,
            ObjectMapper objectMapper,
            IngestConfig config) {
        this.bodies = bodies;
        this.inFlight = inFlight;
        this.intake = intake;
        this.gate = gate;
        this.json = objectMapper.getFactory();
        this.maxBatchBytes = config.limits().batch().asLongValue();
        this.maxArticles = config.limits().batchArticles();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "submitArticleBatch",
            summary = "Submit up to 1,000 articles at once",
            description = "Each article is taken as POST /v1/articles takes it (same validation, id, version,"
                    + " content hash and idempotence) and answered on its own, in request order: one bad article"
                    + " never fails the others. Answers once Kafka acknowledged every accepted article. Send"
                    + " {\"articles\": [...]} as application/json, or one article a line as application/x-ndjson."
                    + " Each article may have up to tidings.ingest.limits.submission (8 MiB) of JSON, the whole"
                    + " batch tidings.ingest.limits.batch (16 MiB). The rate limit counts every article.")
    @SecurityRequirement(name = ArticleResource.PRODUCER_KEY)
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = BatchSubmission.class)),
                @Content(
                        mediaType = NDJSON,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description = "One ArticleSubmission JSON object a line; blank lines are"
                                                + " skipped"))
            })
    @APIResponse(
            responseCode = "200",
            description = "The batch was read: one result per article, 202 for each Kafka acknowledged",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchResults.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a batch: not JSON, no articles array, fields other than articles, or no article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // 401 and 403: ProducerGateResponses adds the gate's answers.
    @APIResponse(
            responseCode = "429",
            description = "The key is over its rate (each article counts); nothing was read",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait before retrying",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "More than 1,000 articles, or a body over tidings.ingest.limits.batch (16 MiB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "415",
            description = "Body neither application/json nor application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "Kafka took none of the valid articles, or ingest is taking as many batches as it can"
                    + " (tidings.ingest.limits.batches-in-flight); send the batch again after the given delay",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait before retrying",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<BatchResults>> submit(@Context RoutingContext context) {
        boolean ndjson = isNdjson(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        long size = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (!inFlight.tryTake(size)) {
            return Uni.createFrom().failure(BUSY);
        }
        return bodies.read(context, maxBatchBytes)
                .onItem()
                .transformToUni(body -> {
                    List<Item> items;
                    try {
                        // The body's own bytes, not a copy: a batch may be 16 MiB.
                        ByteBuf bytes = body.getByteBuf();
                        items = bytes.hasArray()
                                ? split(
                                        bytes.array(),
                                        bytes.arrayOffset() + bytes.readerIndex(),
                                        bytes.readableBytes(),
                                        ndjson)
                                : split(body.getBytes(), 0, body.length(), ndjson);
                    } catch (IOException e) {
                        // Not JSON at all: the exception mappers describe it as for a single post.
                        return Uni.createFrom().failure(e);
                    }
                    gate.charge(context, items.size() - 1);
                    return intake.ingest(items);
                })
                .map(results -> RestResponse.ResponseBuilder.ok(results, MediaType.APPLICATION_JSON_TYPE)
                        .build())
                .onTermination()
                .invoke(() -> inFlight.release(size));
    }

    /** The body's declared length, within the batch limit; the limit itself when none is declared. */
    private long declaredLength(String contentLength) {
        try {
            return contentLength == null
                    ? maxBatchBytes
                    : Math.min(maxBatchBytes, Long.parseLong(contentLength.trim()));
        } catch (NumberFormatException e) {
            return maxBatchBytes;
        }
    }

    private List<Item> split(byte[] body, int start, int length, boolean ndjson) throws IOException {
        return ndjson
                ? BatchItems.ofNdjson(body, start, length, maxArticles)
                : BatchItems.ofJson(json, body, start, length, maxArticles);
    }

    private static boolean isNdjson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(NDJSON);
    }
}
