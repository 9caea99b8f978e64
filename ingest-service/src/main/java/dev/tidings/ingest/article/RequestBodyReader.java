package dev.tidings.ingest.article;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Reads a request body, up to a limit, for a resource that takes it raw. It is the only reader of
 * the body: the resources declare no entity parameter, so the REST layer never reads it, and
 * nothing reads it before them.
 *
 * <p>Why not the REST layer's own reading, or a Vert.x {@code BodyHandler} before it: the REST layer
 * answers a streamed (chunked) body over {@code quarkus.http.limits.max-body-size} with an empty
 * 413, not a problem; and when a route has read the body first, the REST layer hands it to its
 * input handler as one chunk, which for a body over {@code quarkus.rest.input-buffer-size} (10 KiB)
 * switches to a blocking stream and then replaces that stream with an array of zero bytes
 * (quarkusio/quarkus#48777): every article over about 10 KB was refused as "not valid JSON (line 1,
 * column 2)". Over HTTP/2 a body read before the REST layer cannot work at all, because the REST
 * layer pauses the request when it starts and Vert.x refuses to pause one that has ended.
 *
 * <p>This reader works the same over HTTP/1.1 (with {@code Content-Length} or chunked) and HTTP/2:
 * a declared length over the limit is refused before a byte is read (and before {@code 100
 * Continue}), a streamed body as soon as it grows over the limit. The refusal is a 413 {@link
 * WebApplicationException}, which the exception mappers answer as problem+json.
 */
@ApplicationScoped
public class RequestBodyReader {

    /**
     * @return the whole body; fails with a 413 {@link WebApplicationException} when it is larger
     *     than {@code limit} bytes
     */
    public Uni<Buffer> read(RoutingContext context, long limit) {
        return Uni.createFrom().emitter(emitter -> {
            HttpServerRequest request = context.request();
            long declared = declaredLength(request);
            if (declared > limit) {
                refuse(context, emitter);
                return;
            }
            if (request.isEnded()) {
                emitter.complete(Buffer.buffer());
                return;
            }
            Collector collector = new Collector(context, emitter, limit, declared);
            request.handler(collector);
            request.exceptionHandler(emitter::fail);
            request.endHandler(collector::end);
            if (request.version() != HttpVersion.HTTP_2
                    && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                request.response().writeContinue();
            }
            request.resume();
        });
    }

    private static long declaredLength(HttpServerRequest request) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return -1;
        }
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            // Vert.x's HTTP codec refuses such a request before it gets here.
            return -1;
        }
    }

    /**
     * Answers with a 413. The rest of the body is never read, so an HTTP/1.1 connection cannot carry
     * another request: say so, and close it once the answer is out (Vert.x keeps it open while the
     * request has not ended). HTTP/2 resets the stream alone, and forbids the header.
     */
    private static void refuse(RoutingContext context, UniEmitter<? super Buffer> emitter) {
        HttpServerRequest request = context.request();
        if (request.version() != HttpVersion.HTTP_2) {
            request.pause();
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            context.addEndHandler(ended -> request.connection().close());
        }
        emitter.fail(new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE));
    }

    /** Appends the chunks as they come, until the end or until there are too many bytes. */
    private static final class Collector implements Handler<Buffer> {
        private final RoutingContext context;
        private final UniEmitter<? super Buffer> emitter;
        private final long limit;
        private final Buffer body;
        private boolean refused;

        Collector(RoutingContext context, UniEmitter<? super Buffer> emitter, long limit, long declared) {
            this.context = context;
            this.emitter = emitter;
            this.limit = limit;
            // The declared length (already checked against the limit) saves growing the buffer.
            this.body = Buffer.buffer((int) Math.max(declared, 1024));
        }

        @Override
        public void handle(Buffer chunk) {
            if (refused) {
                return;
            }
            if ((long) body.length() + chunk.length() > limit) {
                refused = true;
                refuse(context, emitter);
                return;
            }
            body.appendBuffer(chunk);
        }

        void end(Void ended) {
            if (!refused) {
                emitter.complete(body);
            }
        }
    }
}
