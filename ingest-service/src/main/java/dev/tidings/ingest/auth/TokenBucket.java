package dev.tidings.ingest.auth;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket: up to {@code capacity} articles at once, refilled at {@code perSecond}. Thread
 * safe; each producer key has its own.
 */
final class TokenBucket {
    private final double perNano;
    private final double capacity;
    private double tokens;
    private long updatedAt;

    TokenBucket(double perSecond, int capacity, long now) {
        if (perSecond <= 0 || capacity < 1) {
            throw new IllegalArgumentException("a rate limit needs perSecond > 0 and burst >= 1");
        }
        this.perNano = perSecond / TimeUnit.SECONDS.toNanos(1);
        this.capacity = capacity;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /**
     * Takes a token if there is one.
     *
     * @param now {@link System#nanoTime()}
     * @return 0 when taken; otherwise how many nanoseconds until the next token
     */
    synchronized long tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /**
     * Takes {@code count} more tokens whether there are so many or not: a batch, let in for one
     * token, pays for its other articles after the fact. The bucket may go below zero; {@link
     * #tryTake} then refuses until the debt is refilled, so a key's long-run rate stays {@code
     * perSecond} articles however it sends them.
     */
    synchronized void takeOnCredit(int count, long now) {
        refill(now);
        tokens -= count;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * perNano);
        updatedAt = now;
    }
}
