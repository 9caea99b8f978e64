package dev.tidings.enrichment.pipeline;

/**
 * One step of enrichment: reads the working document, including what earlier taggers found, and
 * adds its own part.
 *
 * <p>A tagger is plain Java: it knows nothing of Kafka, REST or Quarkus, so that a unit test can
 * call it directly on a text written for the test. It is built once, when the service starts, and
 * then called from several worker threads at once, so it must keep no per-article state in fields.
 * It must also be deterministic: the same article always gets the same tags, which makes a
 * redelivered record harmless.
 */
public interface Tagger {

    /** A short name for logs and load times, e.g. {@code language}. */
    String name();

    void tag(ArticleDocument document);
}
