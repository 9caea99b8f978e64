package dev.tidings.ingest.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tidings.events.ArticleIngested;
import dev.tidings.http.JsonProblems;
import dev.tidings.http.Problem;
import dev.tidings.ingest.article.ArticleIntake;
import dev.tidings.ingest.article.IngestMetrics;
import dev.tidings.ingest.article.IngestMetrics.RejectionReason;
import dev.tidings.ingest.article.InvalidArticleException;
import dev.tidings.ingest.article.SubmissionReader;
import dev.tidings.ingest.batch.BatchItems.Item;
import dev.tidings.ingest.config.IngestConfig;
import dev.tidings.ingest.messaging.IngestedPublisher;
import dev.tidings.ingest.messaging.PublishFailedException;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Takes a batch's articles from bytes to acknowledged events, each on its own: the same reading,
 * validation, id, version and content hash as a single post ({@link ArticleIntake#prepare}), then
 * one publish of all the valid ones ({@link IngestedPublisher#publishAllBlocking}).
 */
@ApplicationScoped
public class BatchIntake {
    private final SubmissionReader submissions;
    private final ArticleIntake intake;
    private final IngestedPublisher publisher;
    private final IngestMetrics metrics;
    private final long maxSubmissionBytes;

    public BatchIntake(
            SubmissionReader submissions,
            ArticleIntake intake,
            IngestedPublisher publisher,
            IngestMetrics metrics,
            IngestConfig config) {
        this.submissions = submissions;
        this.intake = intake;
        this.publisher = publisher;
        this.metrics = metrics;
        this.maxSubmissionBytes = config.limits().submission().asLongValue();
    }

    /**
     * Runs on a worker thread: the reading, validation and serialisation of up to 1,000 articles is
     * CPU work that would hold up the event loop's other requests, and the publish blocks until Kafka
     * has answered.
     *
     * @return one result per item, in order; fails with {@link PublishFailedException} only when
     *     there were valid articles and Kafka took none of them
     */
    Uni<BatchResults> ingest(List<Item> items) {
        // The request's span, current on the event loop, is the parent of every record's.
        Context trace = Context.current();
        return Uni.createFrom()
                .item(() -> ingestBlocking(items, trace))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private BatchResults ingestBlocking(List<Item> items, Context trace) {
        BatchItemResult[] results = new BatchItemResult[items.size()];
        List<ArticleIngested> events = new ArrayList<>(items.size());
        List<Integer> eventIndexes = new ArrayList<>(items.size());
        for (Item item : items) {
            int index = item.index();
            if (item.length() > maxSubmissionBytes) {
                metrics.rejected(RejectionReason.TOO_LARGE);
                results[index] = BatchItemResult.refused(
                        index,
                        413,
                        "The article is " + item.length() + " bytes; a submission may have at most "
                                + maxSubmissionBytes + ".",
                        List.of());
                continue;
            }
            try {
                events.add(intake.prepare(submissions.read(item.body(), item.offset(), item.length())));
                eventIndexes.add(index);
            } catch (JsonProcessingException e) {
                metrics.rejected(RejectionReason.MALFORMED);
                Problem problem = JsonProblems.describe(e);
                results[index] = BatchItemResult.refused(index, 400, problem.detail(), problem.errors());
            } catch (InvalidArticleException e) {
                metrics.rejected(RejectionReason.INVALID);
                results[index] = BatchItemResult.refused(
                        index,
                        400,
                        "The article has " + e.errors().size() + " invalid field(s); see errors.",
                        e.errors());
            }
        }
        List<Throwable> failures = publisher.publishAllBlocking(events, trace);
        int acknowledged = 0;
        for (int i = 0; i < events.size(); i++) {
            int index = eventIndexes.get(i);
            ArticleIngested event = events.get(i);
            if (failures.get(i) == null) {
                metrics.accepted();
                acknowledged++;
                results[index] = BatchItemResult.accepted(index, event.id(), event.version());
            } else {
                metrics.failed();
                results[index] = BatchItemResult.refused(
                        index,
                        503,
                        "The event broker did not acknowledge the article in time; send it again.",
                        List.of());
            }
        }
        if (!events.isEmpty() && acknowledged == 0) {
            throw new PublishFailedException("Kafka acknowledged none of the batch", failures.get(0));
        }
        Log.debugf(
                "Batch of %d: %d accepted, %d refused, %d not acknowledged",
                items.size(), acknowledged, items.size() - events.size(), events.size() - acknowledged);
        return new BatchResults(Arrays.asList(results));
    }
}
