package dev.tidings.ingest.messaging;

/** Kafka did not acknowledge an event in time; the submission can be retried later. */
public class PublishFailedException extends RuntimeException {
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
