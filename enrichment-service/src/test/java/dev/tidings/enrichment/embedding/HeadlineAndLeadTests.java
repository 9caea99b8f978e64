package dev.tidings.enrichment.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadlineAndLeadTests {

    @Test
    void aShortItemIsTakenWholeAfterItsHeadline() {
        assertEquals(
                "Ferry crews strike. Ferry crews in Busan walked out on Monday.",
                HeadlineAndLead.of("Ferry crews strike", "Ferry crews in Busan walked out on Monday."));
        assertEquals(
                "Why prices rose? Because of the drought.",
                HeadlineAndLead.of("Why prices rose?", "Because of the drought."));
    }

    @Test
    void aHeadlineOrABodyAloneIsTheText() {
        assertEquals("Ferry crews strike", HeadlineAndLead.of("Ferry crews strike", ""));
        assertEquals("Ferry crews walked out.", HeadlineAndLead.of("", "Ferry crews walked out."));
        assertEquals("", HeadlineAndLead.of(" ", " "));
    }

    @Test
    void aLongStoryIsCutAtTheEndOfASentenceOfItsLead() {
        String sentence = "The port of Valdora reopened on Monday after a week of repairs to its main quay. ";
        String body = sentence.repeat(40);

        String lead = HeadlineAndLead.lead(body);

        assertTrue(lead.length() <= HeadlineAndLead.LEAD_CHARACTERS, () -> lead.length() + " characters");
        assertTrue(lead.length() > HeadlineAndLead.LEAD_CHARACTERS / 2, () -> lead.length() + " characters");
        assertTrue(lead.endsWith("quay."), lead);
    }

    @Test
    void aLongStoryWithoutSentenceEndsIsCutAtAWord() {
        String body = "breaking news ".repeat(100);

        String lead = HeadlineAndLead.lead(body);

        assertTrue(lead.length() <= HeadlineAndLead.LEAD_CHARACTERS);
        assertTrue(body.startsWith(lead) && body.charAt(lead.length()) == ' ', "cut between two words: " + lead);
    }
}
