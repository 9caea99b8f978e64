package dev.tidings.ingest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.tidings.ingest.article.IngestMetrics;
import dev.tidings.ingest.article.IngestMetrics.RejectionReason;
import dev.tidings.ingest.article.InvalidArticleException;
import dev.tidings.ingest.config.IngestConfig;
import dev.tidings.ingest.messaging.PublishFailedException;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into an RFC 9457 problem. Clients see what they did wrong, or
 * that the service could not help them right now; never a stack trace or a class name.
 */
public class ProblemMappers {
    private final ProblemWriter writer;
    private final IngestMetrics metrics;
    private final int retryAfterSeconds;

    public ProblemMappers(ProblemWriter writer, IngestMetrics metrics, IngestConfig config) {
        this.writer = writer;
        this.metrics = metrics;
        this.retryAfterSeconds = config.retryAfterSeconds();
    }

    @ServerExceptionMapper
    public RestResponse<String> invalidArticle(InvalidArticleException e, HttpServerRequest request) {
        metrics.rejected(RejectionReason.INVALID);
        return writer.response(ProblemType.INVALID_ARTICLE.problem(
                "The article has " + e.errors().size() + " invalid field(s); see errors.", request.path(), e.errors()));
    }

    /**
     * Jackson failures: the REST layer throws mismatched input as is and wraps syntax errors in a
     * 400 {@link WebApplicationException}; both end here, together with the built-in mapper's types
     * so that this mapper wins over Quarkus's own.
     */
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        StreamReadException.class,
        DatabindException.class,
        JsonMappingException.class,
        MismatchedInputException.class
    })
    public RestResponse<String> unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        metrics.rejected(RejectionReason.MALFORMED);
        return writer.response(JsonProblems.describe(e, request.path()));
    }

    @ServerExceptionMapper
    public RestResponse<String> publishFailed(PublishFailedException e, HttpServerRequest request) {
        Problem problem = ProblemType.BROKER_UNAVAILABLE.problem(
                "The event broker did not acknowledge the article in time; retry later."
                        + " Retrying is safe: the same URL keeps its id and identical content its hash.",
                request.path());
        return RestResponse.ResponseBuilder.<String>create(problem.status())
                .entity(writer.json(problem))
                .header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<String> webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, request);
        }
        int status = e.getResponse().getStatus();
        Problem problem = switch (status) {
            case 404 ->
                ProblemType.NOT_FOUND.problem(
                        "No resource at " + request.method() + " " + request.path() + ".", request.path());
            case 405 ->
                ProblemType.METHOD_NOT_ALLOWED.problem(
                        request.method() + " is not supported on " + request.path() + ".", request.path());
            case 406 ->
                ProblemType.NOT_ACCEPTABLE.problem("This resource answers with application/json only.", request.path());
            case 413 -> tooLarge(request.path());
            case 415 -> unsupportedMediaType(request.path());
            default -> genericProblem(status, request.path());
        };
        RestResponse.ResponseBuilder<String> response = RestResponse.ResponseBuilder.<String>create(status)
                .entity(writer.json(problem))
                .header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        // Quarkus REST leaves Allow empty on its own 405s; copy it whenever it is there.
        e.getResponse().getAllowedMethods().forEach(method -> response.header(HttpHeaders.ALLOW, method));
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<String> unexpected(Throwable e, HttpServerRequest request) {
        // The id ties the client's report to this log line without telling the client anything else.
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure of %s %s (incident %s)", request.method(), request.path(), incident);
        return writer.response(ProblemType.INTERNAL_ERROR.problem(
                "The service failed unexpectedly. Incident " + incident + ".", request.path()));
    }

    private Problem tooLarge(String path) {
        metrics.rejected(RejectionReason.TOO_LARGE);
        return ProblemType.PAYLOAD_TOO_LARGE.problem("The request body is larger than this service accepts.", path);
    }

    private Problem unsupportedMediaType(String path) {
        metrics.rejected(RejectionReason.UNSUPPORTED_MEDIA_TYPE);
        return ProblemType.UNSUPPORTED_MEDIA_TYPE.problem("Send the article as application/json.", path);
    }

    /** Statuses with no problem type of their own: RFC 9457's about:blank, titled by the status. */
    private static Problem genericProblem(int status, String path) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = status >= 500 ? "The service could not complete the request." : title + ".";
        return new Problem(URI.create("about:blank"), title, status, detail, path, null);
    }
}
