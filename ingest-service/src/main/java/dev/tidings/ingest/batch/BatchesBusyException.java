package dev.tidings.ingest.batch;

/** Taking this batch now would go over {@code tidings.ingest.limits.batches-in-flight}. */
class BatchesBusyException extends RuntimeException {
    BatchesBusyException() {
        super("too many batches in flight", null, false, false);
    }
}
