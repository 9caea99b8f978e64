package dev.tidings.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How much wider the next search window is than one without a full page (see SearchWindowTests for the windows themselves). */
class WindowWideningTests {
    private static final int PAGE_AND_ONE = 21;

    @Test
    void aWindowWithNoMatchWidensEightfold() {
        assertEquals(8, ArticleSearchRepository.widening(0, PAGE_AND_ONE));
    }

    @Test
    void aWindowWithHalfAPageWidensFourfoldToHoldAPageWithRoomToSpare() {
        // 10 of 21: 2.1 times as wide holds a page at the same rate; 1.5 times that is 3.15.
        assertEquals(4, ArticleSearchRepository.widening(10, PAGE_AND_ONE));
    }

    @Test
    void aWindowNearlyFullWidensTwofoldAndOneWithAFewMatchesEightfold() {
        assertEquals(2, ArticleSearchRepository.widening(19, PAGE_AND_ONE));
        assertEquals(2, ArticleSearchRepository.widening(16, PAGE_AND_ONE));
        assertEquals(8, ArticleSearchRepository.widening(3, PAGE_AND_ONE));
        assertEquals(8, ArticleSearchRepository.widening(1, PAGE_AND_ONE));
    }

    @Test
    void aWindowThatWouldHoldHalfTheArchiveIsTheWholeArchive() {
        Instant now = Instant.parse("2026-12-04T00:00:00Z");
        // 20,000 articles over 730 days: 2,500 of them span 91 days and 5,000 of them 182, 10,000 would be half.
        var density = new ArticleSearchRepository.Density(20_000, now.minus(Duration.ofDays(730)));
        assertEquals(Duration.ofDays(730).dividedBy(8), density.windowOf(2_500, now));
        assertEquals(Duration.ofDays(730).dividedBy(4), density.windowOf(5_000, now));
        assertNull(density.windowOf(10_000, now));
        assertNull(density.windowOf(20_000, now));
    }
}
