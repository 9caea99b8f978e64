package dev.tidings.ingest.problem;

import dev.tidings.http.Problem;
import dev.tidings.http.ProblemType;
import dev.tidings.http.Problems;
import dev.tidings.ingest.config.IngestConfig;
import dev.tidings.ingest.messaging.PublishFailedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers an article Kafka did not acknowledge in time with a 503 and {@code Retry-After}: the
 * producer may send it again, and nothing was half done. Every other failure of a request is
 * answered by the services' shared mappers (service-http).
 */
public class PublishFailures {
    private final Problems problems;
    private final int retryAfterSeconds;

    public PublishFailures(Problems problems, IngestConfig config) {
        this.problems = problems;
        this.retryAfterSeconds = config.retryAfterSeconds();
    }

    @ServerExceptionMapper
    public RestResponse<String> publishFailed(PublishFailedException e, HttpServerRequest request) {
        Problem problem = ProblemType.BROKER_UNAVAILABLE
                .problem("The event broker did not acknowledge the article in time; retry later."
                        + " Retrying is safe: the same URL keeps its id and identical content its hash.")
                .at(request.path());
        return problems.response(problem, Map.of(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds)));
    }
}
