package dev.tidings.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VersionClockTests {

    @Test
    void versionsAreEpochMicrosAndStrictlyIncreasingWithinOneMicrosecond() {
        Instant now = Instant.parse("2025-04-23T07:30:00.123456Z");
        VersionClock clock = new VersionClock(Clock.fixed(now, ZoneOffset.UTC));

        long first = clock.nextVersion();
        long second = clock.nextVersion();

        assertEquals(1_745_393_400_123_456L, first);
        assertEquals(first + 1, second);
        assertEquals(now, VersionClock.instantOf(first));
    }

    @Test
    void aClockThatStepsBackNeverGivesALowerVersion() {
        MutableClock wall = new MutableClock(Instant.parse("2025-04-23T07:30:00Z"));
        VersionClock clock = new VersionClock(wall);
        long before = clock.nextVersion();

        wall.now = Instant.parse("2025-04-23T07:29:00Z");

        assertTrue(clock.nextVersion() > before);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
