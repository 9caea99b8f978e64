package dev.tidings.enrichment.topic;

/**
 * One IPTC Media Topic the classifier can emit.
 *
 * @param code e.g. {@code medtop:02000000}
 * @param broader the code of its top-level parent, or null for a top-level topic
 * @param label the IPTC English label
 */
public record MediaTopic(String code, String broader, String label) {

    public boolean isTopLevel() {
        return broader == null;
    }

    /** The top-level topic this one is, or belongs to. */
    public String topLevelCode() {
        return broader == null ? code : broader;
    }
}
