package dev.tidings.ingest.problem;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * Failures that Vert.x raises before the REST layer sees the request, such as a malformed
 * percent-escape in the query string or an unusable {@code Host} header, answered as problem+json.
 * Left alone, Quarkus answers them with an empty body or its own JSON.
 */
@ApplicationScoped
public class RouteFailures {
    /** After the routes' own failure handlers, before Quarkus's last-resort one. */
    private static final int BEFORE_QUARKUS_ERROR_HANDLER = Integer.MAX_VALUE - 100;

    private final ProblemWriter writer;

    public RouteFailures(ProblemWriter writer) {
        this.writer = writer;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_ERROR_HANDLER).failureHandler(this::answer);
    }

    void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        String path = safePath(context);
        Problem problem;
        if (status >= 400 && status < 500) {
            Response.Status known = Response.Status.fromStatusCode(status);
            problem = new Problem(
                    URI.create("about:blank"),
                    known != null ? known.getReasonPhrase() : "HTTP " + status,
                    status,
                    "The request could not be read: its URL, query string or headers are malformed.",
                    path,
                    null);
        } else {
            String incident = UUID.randomUUID().toString();
            Log.errorf(context.failure(), "Unexpected failure before the REST layer (incident %s)", incident);
            problem = ProblemType.INTERNAL_ERROR.problem(
                    "The service failed unexpectedly. Incident " + incident + ".", path);
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(writer.json(problem));
    }

    private static String safePath(RoutingContext context) {
        try {
            return context.request().path();
        } catch (RuntimeException e) {
            // The URL itself may be what failed.
            return null;
        }
    }
}
