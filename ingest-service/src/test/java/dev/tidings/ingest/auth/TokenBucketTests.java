package dev.tidings.ingest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTests {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aBurstThenOneTokenPerInterval() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        assertEquals(0, bucket.tryTake(0));
        assertEquals(0, bucket.tryTake(0));
        assertEquals(0, bucket.tryTake(0));
        assertEquals(SECOND / 2, bucket.tryTake(0), "the next token comes half a second later");
        assertEquals(0, bucket.tryTake(SECOND / 2));
        assertEquals(SECOND / 2, bucket.tryTake(SECOND / 2));
    }

    @Test
    void anIdleBucketFillsOnlyToItsCapacity() {
        TokenBucket bucket = new TokenBucket(10, 2, 0);
        long hourLater = 3_600 * SECOND;
        assertEquals(0, bucket.tryTake(hourLater));
        assertEquals(0, bucket.tryTake(hourLater));
        assertEquals(SECOND / 10, bucket.tryTake(hourLater));
    }

    @Test
    void aBatchTakenOnCreditIsPaidBackBeforeTheNextRequest() {
        TokenBucket bucket = new TokenBucket(10, 100, 0);
        assertEquals(0, bucket.tryTake(0), "the batch is let in on one token");
        bucket.takeOnCredit(999, 0);
        // 100 - 1000 = -900 tokens: 901 to refill before the next one, at 10 a second.
        assertEquals(90_100 * SECOND / 1_000, bucket.tryTake(0));
        assertEquals(0, bucket.tryTake(90_100 * SECOND / 1_000));
    }

    @Test
    void aLimitThatCannotWorkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(5, 0, 0));
    }
}
