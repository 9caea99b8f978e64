package dev.tidings.enrichment.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.summary.SentenceSplitter.Sentence;
import dev.tidings.enrichment.topic.StoryFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTests {

    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    @Test
    void summaryIsTheLeadAndUpToTwoMoreWholeSentencesInStoryOrder() {
        String body = StoryFixtures.TRAFFICKING_BODY;

        String summary =
                summarizer.summarize(StoryFixtures.TRAFFICKING_TITLE, body).orElseThrow();

        List<Sentence> all = SentenceSplitter.split(body);
        assertTrue(summary.startsWith(all.get(0).text()), summary);
        List<Sentence> parts = SentenceSplitter.split(summary);
        assertTrue(parts.size() >= 2 && parts.size() <= ExtractiveSummarizer.MAX_SENTENCES, summary);
        assertTrue(summary.length() <= ExtractiveSummarizer.MAX_CHARS, summary);
        int previous = -1;
        for (Sentence part : parts) {
            int at = body.indexOf(part.text());
            assertTrue(at > previous, () -> "not an exact sentence of the story, in order: " + part.text());
            previous = at;
        }
    }

    @Test
    void aLeadLongerThanTheLimitIsKeptWhole() {
        String lead =
                "The council voted on Monday to close the old harbour bridge to lorries, " + "a".repeat(400) + ".";
        String body = lead + " The bridge will reopen next year. Drivers must use the ring road.";

        assertEquals(Optional.of(lead), summarizer.summarize("Bridge closes", body));
    }

    @Test
    void emptyStoryHasNoSummary() {
        assertEquals(Optional.empty(), summarizer.summarize("Headline", "  \n "));
    }

    @Test
    void splitterKeepsAbbreviationsInitialsAndQuotationsInsideSentences() {
        String text = "Mr. Lomark met U.S. envoy J. Harlan in Jan. 2024. \"We agreed. It was hard,\" he said."
                + " Talks resume today!\nA new paragraph";

        List<String> sentences =
                SentenceSplitter.split(text).stream().map(Sentence::text).toList();

        assertEquals(
                List.of(
                        "Mr. Lomark met U.S. envoy J. Harlan in Jan. 2024.",
                        "\"We agreed. It was hard,\" he said.",
                        "Talks resume today!",
                        "A new paragraph"),
                sentences);
    }
}
