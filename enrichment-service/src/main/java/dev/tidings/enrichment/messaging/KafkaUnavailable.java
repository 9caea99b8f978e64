package dev.tidings.enrichment.messaging;

import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a send that failed because Kafka could not take it for now (the broker restarting, leaders
 * moving, too few in-sync replicas, the producer's delivery timeout) from one that will fail the
 * same way every time (a record too large, a serialization bug). Only the first is worth retrying:
 * the article is valid and must not be dead-lettered for the broker's sake.
 */
final class KafkaUnavailable implements Predicate<Throwable> {
    private static final int MAX_CAUSES = 20;

    @Override
    public boolean test(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (current instanceof RetriableException || current instanceof TimeoutException) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }
}
