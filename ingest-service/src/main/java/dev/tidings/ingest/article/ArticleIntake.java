package dev.tidings.ingest.article;

import dev.tidings.events.ArticleId;
import dev.tidings.events.ArticleIngested;
import dev.tidings.http.LogKeys;
import dev.tidings.ingest.messaging.IngestedPublisher;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.MDC;

/** Takes a submission from validation to an acknowledged {@link ArticleIngested} event. */
@ApplicationScoped
public class ArticleIntake {
    private final VersionClock versionClock;
    private final IngestedPublisher publisher;
    private final IngestMetrics metrics;

    public ArticleIntake(VersionClock versionClock, IngestedPublisher publisher, IngestMetrics metrics) {
        this.versionClock = versionClock;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /**
     * @return the published event, once Kafka acknowledged it
     * @throws InvalidArticleException at once, before anything is published
     */
    public Uni<ArticleIngested> ingest(ArticleSubmission submission) {
        ValidArticle article = ArticleSubmissionValidator.validate(submission);
        ArticleIngested event = toEvent(article, versionClock.nextVersion());
        // The request has its own duplicated Vert.x context, where Quarkus keeps the MDC, so the key
        // stays with this request's log lines until it is removed when the publish is settled.
        MDC.put(LogKeys.ARTICLE_ID, event.id().toString());
        return publisher
                .publish(event)
                .replaceWith(event)
                .onItem()
                .invoke(published -> {
                    metrics.accepted();
                    Log.debugf("Accepted article %s version %d from %s", event.id(), event.version(), event.url());
                })
                .onFailure()
                .invoke(metrics::failed)
                .onTermination()
                .invoke(() -> MDC.remove(LogKeys.ARTICLE_ID));
    }

    static ArticleIngested toEvent(ValidArticle article, long version) {
        return new ArticleIngested(
                ArticleId.of(article.canonicalUrl()),
                version,
                article.url(),
                article.canonicalUrl(),
                article.source(),
                article.title(),
                article.body(),
                article.publishedAt(),
                article.language(),
                article.authors(),
                article.section(),
                article.contentType().value(),
                ContentHash.of(article),
                VersionClock.instantOf(version));
    }
}
