package dev.tidings.enrichment.messaging;

/**
 * A record that no retry can fix: not JSON, not an article, or missing what enrichment needs. Its
 * message becomes the {@code dead-letter-reason} header of the record on the dead-letter topic, so
 * it says what is wrong in words (quoting at most the offending JSON token).
 */
public class UnprocessableArticleException extends RuntimeException {
    public UnprocessableArticleException(String reason) {
        super(reason);
    }
}
