package dev.tidings.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Failures that Vert.x raises before the REST layer sees the request, such as a malformed
 * percent-escape in the query string or an unusable {@code Host} header, answered as problem+json.
 * Left alone, Quarkus answers them with an empty body or its own JSON.
 */
@ApplicationScoped
public class RouteFailures {
    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    /** After the routes' own failure handlers (ingest's 413), before Quarkus's last-resort one. */
    private static final int BEFORE_QUARKUS_ERROR_HANDLER = Integer.MAX_VALUE - 100;

    private final Problems problems;

    public RouteFailures(Problems problems) {
        this.problems = problems;
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
        Problem problem;
        if (status >= 400 && status < 500) {
            problem = ProblemType.forStatus(
                    status, "The request could not be read: its URL, query string or headers are malformed.");
        } else {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(context.failure(), "Unexpected failure before the REST layer (incident %s)", incident);
            problem = ProblemType.INTERNAL_ERROR.problem("The service failed unexpectedly. Incident " + incident + ".");
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problems.json(problem.at(safePath(context))));
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
