package dev.tidings.enrichment.salience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SalienceScorerTests {

    private final SalienceScorer scorer = new SalienceScorer();

    @Test
    void earlierMoreOftenAndInTheHeadlineRankHigher() {
        String title = "Mekong fishing crews turned back, Lindqvist says";
        double early = scorer.score(1, 4, 10, 1000, List.of("Vientiane"), title);
        double late = scorer.score(1, 4, 900, 1000, List.of("Phnom Penh"), title);
        double often = scorer.score(4, 4, 900, 1000, List.of("MRC"), title);
        double inTitle = scorer.score(1, 4, 900, 1000, List.of("Anna Lindqvist", "Lindqvist"), title);

        assertTrue(early > late);
        assertTrue(often > late);
        assertTrue(inTitle > late);
        assertEquals(1.0, scorer.score(4, 4, 0, 1000, List.of("Lindqvist"), title));
        assertEquals(0.5 * 0.25 + 0.3 * 0.1, late, 1e-9);
    }

    @Test
    void aNameCountsInTheHeadlineOnlyAsWholeWords() {
        assertTrue(SalienceScorer.namesIn("Lindqvist says", "Lindqvist"));
        assertFalse(SalienceScorer.namesIn("Lindqvists gather", "Lindqvist"));
    }
}
