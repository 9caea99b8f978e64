package dev.tidings.ingest.batch;

import dev.tidings.ingest.article.IngestMetrics;
import dev.tidings.ingest.article.IngestMetrics.RejectionReason;
import dev.tidings.ingest.problem.Problem;
import dev.tidings.ingest.problem.ProblemType;
import dev.tidings.ingest.problem.ProblemWriter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A batch refused as a whole, answered as a problem naming what is wrong with it, or when to come back. */
public class BatchProblems {
    private final ProblemWriter writer;
    private final IngestMetrics metrics;

    public BatchProblems(ProblemWriter writer, IngestMetrics metrics) {
        this.writer = writer;
        this.metrics = metrics;
    }

    @ServerExceptionMapper
    public RestResponse<String> busy(BatchesBusyException e, HttpServerRequest request) {
        Problem problem = ProblemType.BUSY.problem(
                "Ingest is taking as many batches as it can at once; send this one again in a second.", request.path());
        return RestResponse.ResponseBuilder.<String>create(problem.status())
                .entity(writer.json(problem))
                .header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, 1)
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<String> refused(BatchRefusedException e, HttpServerRequest request) {
        metrics.rejected(
                e.type() == ProblemType.PAYLOAD_TOO_LARGE ? RejectionReason.TOO_LARGE : RejectionReason.MALFORMED);
        return writer.response(e.type().problem(e.getMessage(), request.path(), e.errors()));
    }
}
