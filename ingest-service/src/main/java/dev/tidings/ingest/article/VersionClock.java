package dev.tidings.ingest.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out article versions: epoch microseconds at ingest, strictly increasing within the process
 * even when two submissions land in the same microsecond or the wall clock steps back, so that a
 * later submission of the same URL always carries the higher version.
 */
@ApplicationScoped
public class VersionClock {
    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    @Inject
    public VersionClock() {
        this(Clock.systemUTC());
    }

    VersionClock(Clock clock) {
        this.clock = clock;
    }

    public long nextVersion() {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
        return last.updateAndGet(previous -> Math.max(now, previous + 1));
    }

    /** The moment a version stands for. */
    public static Instant instantOf(long version) {
        return Instant.EPOCH.plus(version, ChronoUnit.MICROS);
    }
}
