package dev.tidings.ingest.batch;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch: one result per article, in the order they were sent. */
@Schema(name = "BatchResults")
public record BatchResults(
        @Schema(description = "One per article, in request order")
        List<BatchItemResult> results) {}
