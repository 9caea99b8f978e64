package dev.tidings.enrichment.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class KafkaUnavailableTests {
    private final KafkaUnavailable kafkaUnavailable = new KafkaUnavailable();

    @Test
    void aBrokerThatCannotTakeTheRecordNowIsWorthWaitingFor() {
        assertTrue(kafkaUnavailable.test(new TimeoutException("Expiring 1 record(s): delivery timeout")));
        assertTrue(kafkaUnavailable.test(new CompletionException(new NotEnoughReplicasException("1 of 2"))));
    }

    @Test
    void aRecordKafkaWillNeverTakeIsNot() {
        assertFalse(kafkaUnavailable.test(new RecordTooLargeException("too large")));
        assertFalse(kafkaUnavailable.test(new IllegalStateException("Cannot write ArticleEnriched as JSON")));
    }
}
