package dev.tidings.query.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Failures that Vert.x raises before the REST layer sees the request (an unusable {@code Host}
 * header, for one), answered as problem+json. Left alone, Quarkus answers them with its own JSON.
 */
@ApplicationScoped
public class RouteFailures {
    /** After the routes' own failure handlers, before Quarkus's last-resort one. */
    private static final int BEFORE_QUARKUS_ERROR_HANDLER = Integer.MAX_VALUE - 100;

    private final ObjectMapper json;

    public RouteFailures(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_ERROR_HANDLER).failureHandler(this::answer);
    }

    void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() >= 400 && context.statusCode() < 500 ? context.statusCode() : 500;
        String detail = "The request could not be read: its URL, query string or headers are malformed.";
        if (status == 500) {
            String incident = UUID.randomUUID().toString();
            Log.errorf(context.failure(), "Unexpected failure before the REST layer (incident %s)", incident);
            detail = "The service failed unexpectedly. Incident " + incident + ".";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        Problem problem = new Problem(
                Problem.BLANK, known != null ? known.getReasonPhrase() : "HTTP " + status, status, detail, null, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"Bad request\",\"status\":" + status + "}";
        }
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
