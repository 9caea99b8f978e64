package dev.tidings.ingest.article;

import dev.tidings.http.Problem;
import dev.tidings.http.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts what happened to submitted articles. Prometheus names: {@code
 * tidings_ingest_articles_accepted_total}, {@code tidings_ingest_articles_rejected_total{reason}}
 * and {@code tidings_ingest_articles_failed_total}.
 */
// Created at startup so that the counters are in /q/metrics, at zero, before the first article.
@Startup
@ApplicationScoped
public class IngestMetrics {

    /** Why a submission was turned away with a 4xx. */
    public enum RejectionReason {
        INVALID("invalid", ProblemType.INVALID_ARTICLE),
        MALFORMED("malformed", ProblemType.MALFORMED_REQUEST),
        TOO_LARGE("too-large", ProblemType.PAYLOAD_TOO_LARGE),
        UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", ProblemType.UNSUPPORTED_MEDIA_TYPE),
        UNAUTHENTICATED("unauthenticated", ProblemType.UNAUTHENTICATED),
        UNKNOWN_KEY("unknown-key", ProblemType.UNKNOWN_KEY),
        RATE_LIMITED("rate-limited", ProblemType.RATE_LIMITED);

        private final String tag;
        private final ProblemType problem;

        RejectionReason(String tag, ProblemType problem) {
            this.tag = tag;
            this.problem = problem;
        }
    }

    private final Counter accepted;
    private final Counter failed;
    private final Map<RejectionReason, Counter> rejected = new EnumMap<>(RejectionReason.class);

    public IngestMetrics(MeterRegistry registry) {
        this.accepted = Counter.builder("tidings.ingest.articles.accepted")
                .description("Articles acknowledged by Kafka and answered with 202")
                .register(registry);
        this.failed = Counter.builder("tidings.ingest.articles.failed")
                .description("Valid articles that Kafka did not take (answered with 503)")
                .register(registry);
        // Registered up front so that every reason shows in /q/metrics, at zero until it happens.
        for (RejectionReason reason : RejectionReason.values()) {
            rejected.put(
                    reason,
                    Counter.builder("tidings.ingest.articles.rejected")
                            .description("Submissions turned away as the client's fault")
                            .tag("reason", reason.tag)
                            .register(registry));
        }
    }

    public void accepted() {
        accepted.increment();
    }

    public void failed() {
        failed.increment();
    }

    public void rejected(RejectionReason reason) {
        rejected.get(reason).increment();
    }

    /**
     * Counts the refusals the REST layer answered (the shared mappers fire each problem they answer);
     * the routes that answer before it, the producer gate and the body size limit, count their own.
     */
    void answered(@Observes Problem problem) {
        for (RejectionReason reason : RejectionReason.values()) {
            if (reason.problem.type().equals(problem.type())) {
                rejected(reason);
            }
        }
    }
}
