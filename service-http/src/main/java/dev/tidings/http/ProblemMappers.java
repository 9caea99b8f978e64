package dev.tidings.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request in any service into an RFC 9457 problem: clients see what they
 * did wrong, or that the service could not help them right now; never a stack trace, a library's
 * message or a class name. A service refuses a request by throwing a {@link ProblemException}.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Problems problems;
    private final Event<Problem> answered;

    public ProblemMappers(Problems problems, Event<Problem> answered) {
        this.problems = problems;
        this.answered = answered;
    }

    @ServerExceptionMapper
    public RestResponse<String> refused(ProblemException e, HttpServerRequest request) {
        return answer(e.problem().at(request.path()), e.headers());
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
        return answer(JsonProblems.describe(e).at(request.path()), Map.of());
    }

    /** The HTTP layer's own refusals: unknown path, wrong method, content type or Accept header. */
    @ServerExceptionMapper
    public RestResponse<String> webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        String path = request.path();
        Problem problem = ProblemType.forStatus(
                        status,
                        switch (status) {
                            case 404 -> "No resource at " + request.method() + " " + path + ".";
                            case 405 -> request.method() + " is not supported on " + path + ".";
                            case 406 -> "This resource cannot answer in a media type the request accepts.";
                            case 413 -> "The request body is larger than this service accepts.";
                            case 415 -> "Send the request body as application/json.";
                            default -> "The request could not be handled.";
                        })
                .at(path);
        // Quarkus REST leaves Allow empty on its own 405s; copy it whenever it is there.
        String allowed = String.join(", ", e.getResponse().getAllowedMethods());
        return answer(problem, allowed.isEmpty() ? Map.of() : Map.of(HttpHeaders.ALLOW, allowed));
    }

    @ServerExceptionMapper
    public RestResponse<String> unexpected(Throwable e, HttpServerRequest request) {
        // The id ties the client's report to this log line without telling the client anything else.
        String incident = UUID.randomUUID().toString();
        String path = request == null ? null : request.path();
        LOG.errorf(
                e,
                "Unexpected failure of %s %s (incident %s)",
                request == null ? "" : request.method(),
                path,
                incident);
        return answer(
                ProblemType.INTERNAL_ERROR
                        .problem("The service failed unexpectedly. Incident " + incident + ".")
                        .at(path),
                Map.of());
    }

    private RestResponse<String> answer(Problem problem, Map<String, String> headers) {
        answered.fire(problem);
        return problems.response(problem, headers);
    }
}
