package dev.tidings.ingest.problem;

import dev.tidings.http.Problem;
import dev.tidings.http.ProblemType;
import dev.tidings.http.Problems;
import dev.tidings.ingest.article.ArticleResource;
import dev.tidings.ingest.article.IngestMetrics;
import dev.tidings.ingest.article.IngestMetrics.RejectionReason;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversized request body with a problem+json 413.
 *
 * <p>Quarkus enforces {@code quarkus.http.limits.max-body-size} in a Vert.x route (order -2) and in
 * the REST layer's input stream, both of which end the response with an empty body before any
 * exception mapper can run. These routes run first and answer the same way, with a body: one
 * rejects a declared {@code Content-Length} over the limit on any path, the other reads the
 * article body (chunked or not) with a limit so that a chunked upload that grows too large is
 * caught as well. The REST layer then uses the body already read.
 */
@ApplicationScoped
public class BodySizeLimit {
    /** Before Quarkus's own limit check, which is at order -2. */
    private static final int BEFORE_QUARKUS_LIMIT = -4;

    private final long maxBodyBytes;
    private final Problems writer;
    private final IngestMetrics metrics;

    public BodySizeLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            Problems writer,
            IngestMetrics metrics) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.writer = writer;
        this.metrics = metrics;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(this::rejectDeclaredOversize);
        BodyHandler limitedBody = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.post(ArticleResource.PATH)
                .order(BEFORE_QUARKUS_LIMIT + 1)
                .handler(context -> readIfGuarded(context, limitedBody))
                .failureHandler(this::answerBodyTooLarge);
    }

    /**
     * Reads the body here only when there is one to guard and nothing better reads it: over HTTP/2
     * (a JDK client's h2c upgrade, for one) the REST layer pauses the request when it starts, which
     * Vert.x refuses once a body handler has read the request to its end, so every post would fail
     * with a 500; an empty body read here leaves the REST layer waiting for one that never comes; a
     * form would be decoded (and may fail) although the resource only takes JSON and answers 415.
     * HTTP/2 has no chunked encoding to catch, and Quarkus's own limit still applies to all three.
     */
    private static void readIfGuarded(RoutingContext context, BodyHandler limitedBody) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean noBody = length != null && parseLength(length) == 0
                || length == null && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
        boolean form = type != null
                && (type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                        || type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"));
        if (context.request().version() == HttpVersion.HTTP_2 || noBody || form) {
            context.next();
        } else {
            limitedBody.handle(context);
        }
    }

    private void rejectDeclaredOversize(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parseLength(declared) > maxBodyBytes) {
            answerTooLarge(context);
        } else {
            context.next();
        }
    }

    private void answerBodyTooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            answerTooLarge(context);
        } else {
            context.next();
        }
    }

    private void answerTooLarge(RoutingContext context) {
        metrics.rejected(RejectionReason.TOO_LARGE);
        Problem problem = ProblemType.PAYLOAD_TOO_LARGE
                .problem("The request body is larger than the " + maxBodyBytes + " bytes this service accepts.")
                .at(context.request().path());
        HttpServerResponse response = context.response();
        // The rest of the body is never read, so the connection cannot carry another request:
        // say so, and close it once the answer is out (Vert.x keeps it open while the request
        // has not ended).
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> context.request().connection().close())
                .end(writer.json(problem));
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
