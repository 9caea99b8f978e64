package dev.tidings.ingest.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tidings.http.FieldError;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What became of one article of a batch: accepted (202, with its id and version, as a single post
 * would answer), or not, with what a single post's problem would have said.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BatchItemResult", description = "What became of one article of the batch")
public record BatchItemResult(
        @Schema(description = "The article's position in the batch, from 0")
        int index,

        @Schema(
                description = "202 accepted (Kafka acknowledged it); 400 invalid or malformed; 413 larger than"
                        + " tidings.ingest.limits.submission; 503 Kafka did not take it, send it again",
                enumeration = {"202", "400", "413", "503"})
        int status,

        @Schema(description = "202: UUIDv5 of the canonical URL")
        UUID id,

        @Schema(description = "202: epoch microseconds at ingest")
        Long version,

        @Schema(description = "Otherwise: what is wrong, as a single post's problem detail would say")
        String detail,

        @Schema(description = "400: every bad field, as in a single post's problem")
        List<FieldError> errors) {

    static BatchItemResult accepted(int index, UUID id, long version) {
        return new BatchItemResult(index, 202, id, version, null, null);
    }

    static BatchItemResult refused(int index, int status, String detail, List<FieldError> errors) {
        return new BatchItemResult(index, status, null, null, detail, List.copyOf(errors));
    }
}
