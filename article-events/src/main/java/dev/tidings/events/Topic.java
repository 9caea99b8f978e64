package dev.tidings.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An IPTC Media Topic the article is about.
 *
 * @param code e.g. {@code medtop:11000000}
 * @param label the IPTC English label, e.g. "politics"
 * @param score 0..1; topics below the enricher's documented threshold are not emitted
 * @param parent the code of the top-level topic a second-level code belongs to (e.g. {@code
 *     medtop:02000000} for {@code medtop:20000082} "crime"); absent (null) for a top-level topic
 */
public record Topic(
        String code,
        String label,
        double score,
        @JsonInclude(JsonInclude.Include.NON_NULL) String parent) {

    /** A top-level topic. */
    public Topic(String code, String label, double score) {
        this(code, label, score, null);
    }
}
