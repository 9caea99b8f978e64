package dev.tidings.enrichment.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.topic.StoryFixtures;
import dev.tidings.events.Tone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ToneScorerTests {

    private static ToneScorer scorer;

    @BeforeAll
    static void load() {
        scorer = new ToneScorer();
    }

    @Test
    void traffickingStoryIsNegative() {
        Tone tone = scorer.score(StoryFixtures.TRAFFICKING_BODY);

        assertTrue(tone.score() < 0, tone::toString);
        assertTrue(tone.negative() > tone.positive(), tone::toString);
    }

    @Test
    void scoreIsPercentPositiveMinusPercentNegative() {
        // Ten words: "won" and "great" positive, "crisis" negative.
        Tone tone = scorer.score("The team won a great victory despite the crisis there");

        assertEquals(20.0, tone.positive(), 1e-9);
        assertEquals(10.0, tone.negative(), 1e-9);
        assertEquals(10.0, tone.score(), 1e-9);
    }

    @Test
    void negationFlipsTheNextFewWordsUntilPunctuation() {
        assertTrue(scorer.score("The talks were good.").score() > 0);
        assertTrue(scorer.score("The talks were not good.").score() < 0);
        assertTrue(scorer.score("The talks didn't fail.").score() > 0);
        assertTrue(scorer.score("Not today, but the talks were good.").score() > 0, "the comma ends the negation");
    }

    @Test
    void wordsNeutralInNewsDoNotCount() {
        Tone tone = scorer.score("The party raised interest rates and its shares rose like the index");

        assertEquals(0.0, tone.negative());
        assertEquals(0.0, tone.positive());
    }

    @Test
    void textWithoutWordsIsNeutral() {
        assertEquals(new Tone(0, 0, 0), scorer.score(""));
        assertEquals(new Tone(0, 0, 0), scorer.score(" -- ... "));
    }
}
