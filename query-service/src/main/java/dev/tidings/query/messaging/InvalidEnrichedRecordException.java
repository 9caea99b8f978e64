package dev.tidings.query.messaging;

/**
 * A record on the enriched topic that can never be stored, whatever the retries: not JSON, or not
 * an enriched article. Its message is the reason the dead-letter record carries.
 */
public class InvalidEnrichedRecordException extends RuntimeException {
    public InvalidEnrichedRecordException(String reason) {
        // No stack trace: the reason says all, and poison records must not flood the log.
        super(reason, null, false, false);
    }
}
