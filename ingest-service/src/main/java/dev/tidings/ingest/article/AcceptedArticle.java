package dev.tidings.ingest.article;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an accepted submission. */
@Schema(name = "AcceptedArticle")
public record AcceptedArticle(
        @Schema(description = "UUIDv5 of the canonical URL") UUID id,

        @Schema(description = "Epoch microseconds at ingest; a later submission has a higher one")
        long version,

        @Schema(enumeration = "accepted") String status) {

    public static AcceptedArticle of(UUID id, long version) {
        return new AcceptedArticle(id, version, "accepted");
    }
}
