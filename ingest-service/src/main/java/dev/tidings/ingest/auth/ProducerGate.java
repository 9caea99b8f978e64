package dev.tidings.ingest.auth;

import dev.tidings.http.Problem;
import dev.tidings.http.ProblemType;
import dev.tidings.http.Problems;
import dev.tidings.ingest.article.IngestMetrics;
import dev.tidings.ingest.article.IngestMetrics.RejectionReason;
import dev.tidings.ingest.config.IngestConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Lets a request into the producer API ({@code /v1/*}) only with a known key and within that key's
 * rate: a missing or malformed {@code Authorization: Bearer} header is a 401 with {@code
 * WWW-Authenticate: Bearer}, an unknown key a 403, a key over its rate a 429 with {@code
 * Retry-After}, each as problem+json. It runs before anything reads the body, so that a stranger
 * cannot make ingest read 4 MB. Health, metrics and the API description ({@code /q/*}) stay open.
 */
@ApplicationScoped
public class ProducerGate {
    /** Before every other route of the API, BodySizeLimit's included. */
    private static final int FIRST = -10;

    static final String CHALLENGE = "Bearer realm=\"tidings-ingest\"";

    private final ProducerKeys keys;
    private final Problems writer;
    private final IngestMetrics metrics;
    private final IngestConfig.RateLimit rateLimit;
    private final LongSupplier clock;
    // One bucket per configured key: the map is as bounded as the configuration.
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public ProducerGate(ProducerKeys keys, Problems writer, IngestMetrics metrics, IngestConfig config) {
        this.keys = keys;
        this.writer = writer;
        this.metrics = metrics;
        this.rateLimit = config.rateLimit();
        this.clock = System::nanoTime;
        // Fails the start on a rate limit that cannot work, rather than the first request.
        new TokenBucket(rateLimit.perSecond(), rateLimit.burst(), clock.getAsLong());
    }

    void install(@Observes Router router) {
        router.route("/v1/*").order(FIRST).handler(this::admit);
    }

    void admit(RoutingContext context) {
        Optional<String> token = BearerToken.parse(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty()) {
            metrics.rejected(RejectionReason.UNAUTHENTICATED);
            refuse(
                    context,
                    ProblemType.UNAUTHENTICATED
                            .problem("Send your producer key as 'Authorization: Bearer <key>'.")
                            .at(context.request().path()),
                    Map.of("WWW-Authenticate", CHALLENGE));
            return;
        }
        Optional<String> producer = keys.identify(token.get());
        if (producer.isEmpty()) {
            metrics.rejected(RejectionReason.UNKNOWN_KEY);
            refuse(
                    context,
                    ProblemType.UNKNOWN_KEY
                            .problem("This key is not one ingest accepts.")
                            .at(context.request().path()),
                    Map.of());
            return;
        }
        long wait = buckets.computeIfAbsent(
                        producer.get(),
                        ignored -> new TokenBucket(rateLimit.perSecond(), rateLimit.burst(), clock.getAsLong()))
                .tryTake(clock.getAsLong());
        if (wait > 0) {
            metrics.rejected(RejectionReason.RATE_LIMITED);
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + TimeUnit.SECONDS.toNanos(1) - 1));
            refuse(
                    context,
                    ProblemType.RATE_LIMITED
                            .problem("This key may submit " + rateLimit.perSecond() + " articles a second, "
                                    + rateLimit.burst() + " at once; retry after " + seconds + " s.")
                            .at(context.request().path()),
                    Map.of("Retry-After", Long.toString(seconds)));
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, Problem problem, Map<String, String> headers) {
        HttpServerResponse response = context.response();
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers.forEach((name, value) -> response.putHeader(name, value));
        if (context.request().version() != HttpVersion.HTTP_2) {
            // The body is never read, so the connection cannot carry another request: close it once
            // the answer is out.
            response.putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> context.request().connection().close());
        }
        response.end(writer.json(problem));
    }
}
