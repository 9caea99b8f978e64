package dev.tidings.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request that declares a body over {@code quarkus.http.limits.max-body-size} with a
 * problem+json 413, on any path of any service. The problem is fired as a CDI event, as the
 * exception mappers fire theirs, so that a service counts it with its other refusals.
 *
 * <p>Quarkus enforces that limit in a Vert.x route (order -2), which ends the response with an
 * empty body before any exception mapper can run; this route runs first and answers the same way,
 * with a body. A body that grows over its resource's limit while it is read (chunked, or HTTP/2
 * without a length) is the resource's to refuse (ingest's {@code RequestBodyReader}).
 */
@ApplicationScoped
public class BodySizeLimit {
    /** Before Quarkus's own limit check, which is at order -2. */
    private static final int BEFORE_QUARKUS_LIMIT = -4;

    private final long maxBodyBytes;
    private final Problems writer;
    private final Event<Problem> answered;

    public BodySizeLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            Problems writer,
            Event<Problem> answered) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.writer = writer;
        this.answered = answered;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(this::rejectDeclaredOversize);
    }

    private void rejectDeclaredOversize(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parseLength(declared) > maxBodyBytes) {
            answerTooLarge(context);
        } else {
            context.next();
        }
    }

    private void answerTooLarge(RoutingContext context) {
        Problem problem = ProblemType.PAYLOAD_TOO_LARGE
                .problem("The request body is larger than the " + maxBodyBytes + " bytes this service accepts.")
                .at(context.request().path());
        answered.fire(problem);
        HttpServerResponse response = context.response();
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (context.request().version() != HttpVersion.HTTP_2) {
            // The rest of the body is never read, so the connection cannot carry another request:
            // say so, and close it once the answer is out (Vert.x keeps it open while the request
            // has not ended). An HTTP/2 connection carries other streams, and forbids the header.
            response.putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> context.request().connection().close());
        }
        response.end(writer.json(problem));
    }

    private static long parseLength(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            // Not a length at all; Vert.x's HTTP codec rejects such requests itself.
            return -1;
        }
    }
}
