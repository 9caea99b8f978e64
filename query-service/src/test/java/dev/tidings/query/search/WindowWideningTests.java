package dev.tidings.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
