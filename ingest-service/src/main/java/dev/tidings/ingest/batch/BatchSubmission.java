package dev.tidings.ingest.batch;

import dev.tidings.ingest.article.ArticleSubmission;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON form of a batch, for the API description only: the body is cut into its articles
 * without binding to this record ({@link BatchItems}), so that each article is read on its own.
 */
@Schema(name = "BatchSubmission", description = "Up to 1,000 articles, each as a single post takes it")
public record BatchSubmission(
        @Schema(required = true, minItems = 1, maxItems = 1000)
        List<ArticleSubmission> articles) {}
