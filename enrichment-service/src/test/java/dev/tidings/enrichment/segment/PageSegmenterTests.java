package dev.tidings.enrichment.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.events.RelatedLink;
import dev.tidings.events.Teaser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageSegmenterTests {

    private final PageSegmenter segmenter = new PageSegmenter();

    @Test
    void splitsAScrapedPageIntoStoryRelatedLinkAndTeasers() {
        String page = fixture("fishing-crews-page.txt");

        SegmentedPage segmented = segmenter.segment(page);

        String story = segmented.mainStory();
        assertEquals(page.substring(0, page.indexOf("Also see story:")).strip(), story, "main story kept verbatim");
        assertTrue(story.startsWith("Hundreds of Vietnamese fishermen"));
        assertTrue(story.endsWith("\"nobody inspects the boats once they leave port.\""));
        assertEquals(
                List.of(new RelatedLink("Vietnam protests detention of fishing crews")),
                segmented.segments().related());

        List<Teaser> teasers = segmented.segments().teasers();
        assertEquals(4, teasers.size());
        assertEquals("SECURITY", teasers.get(0).kicker());
        assertTrue(teasers.get(0).text().startsWith("As Beijing is ‘testing’"), "kicker removed from the text");
        assertTrue(teasers.get(0).text().contains("Lorenzo Reyes (羅倫佐)"));
        assertEquals("TRADE WINDS", teasers.get(1).kicker());
        assertTrue(teasers.get(1).text().startsWith("Despite its tariff threats"));
        assertNull(teasers.get(2).kicker());
        assertNull(teasers.get(3).kicker());
        assertTrue(teasers.stream().allMatch(Teaser::truncated), "every teaser stops mid-sentence");
        assertTrue(teasers.stream().allMatch(teaser -> teaser.entities().isEmpty()));
    }

    @Test
    void quotesClosedAfterASpaceEndASentence() {
        // Text joined from tokens puts a space before a closing quote: the paragraphs are complete,
        // not two truncated teasers.
        String article = """
                The city council approved a new budget for the harbour district on Tuesday evening .
                Council members argued for three hours over the cost of repairing the old breakwater .
                The repairs are due to start in the spring and should be finished before the autumn storms .
                " It is a very complicated repair and it will take the whole winter , " said the harbour master , Ines Calder . "
                We will get it done as quickly as we can , before the storms come back in October . "
                """;

        SegmentedPage segmented = segmenter.segment(article);

        assertEquals(article.strip(), segmented.mainStory());
        assertTrue(segmented.segments().teasers().isEmpty());
    }

    @Test
    void keepsAPlainArticleWhole() {
        String article = """
                The city council approved a new budget for the harbour district on Tuesday evening.
                Council members argued for three hours over the cost of repairing the old breakwater.
                "We cannot let the harbour silt up again," the mayor said after the vote.
                The repairs are due to start in the spring and should be finished before the autumn storms.
                """;

        SegmentedPage segmented = segmenter.segment(article);

        assertEquals(article.strip(), segmented.mainStory());
        assertTrue(segmented.segments().related().isEmpty());
        assertTrue(segmented.segments().teasers().isEmpty());
    }

    @Test
    void keepsAStoryWhoseLastParagraphWasCutShort() {
        String article = """
                The ferry company said on Monday that it would add two crossings a day from June.
                Passenger numbers rose by a fifth last summer, and the company expects a busier season this year.
                Local shops welcomed the news, saying the extra visitors would help them through a difficult year after the
                """;

        SegmentedPage segmented = segmenter.segment(article);

        assertEquals(article.strip(), segmented.mainStory());
        assertTrue(segmented.segments().teasers().isEmpty());
    }

    @Test
    void recognisesTrailingTeasersWithoutARelatedMarker() {
        String page = """
                The regional rail operator will replace its oldest trains by the end of next year, its chief executive said.
                The new trains will carry a third more passengers and use less power on the steep valley lines.
                Unions welcomed the order but asked for guarantees that maintenance work would stay in the region.
                WEATHER: Heavy snow closed three mountain passes overnight as crews worked to clear the roads before the morning traffic and the police asked drivers to
                Farmers in the lowlands say the late frost has damaged much of this year's fruit blossom, and prices at the weekly markets are expected to rise sharply once the
                """;

        SegmentedPage segmented = segmenter.segment(page);

        assertTrue(segmented.mainStory().endsWith("would stay in the region."));
        assertEquals(2, segmented.segments().teasers().size());
        assertEquals("WEATHER", segmented.segments().teasers().get(0).kicker());
        assertNull(segmented.segments().teasers().get(1).kicker());
    }

    @Test
    void ignoresAnInlineReadMoreLinkInsideTheStory() {
        String article = """
                The museum reopened its east wing on Saturday after a two-year renovation.
                Read more: How the museum paid for its new roof
                Visitors queued from early morning to see the restored ceiling paintings.
                The director said the wing would stay open late on Fridays through the summer.
                Tickets for the opening weekend sold out within an hour, the museum said.
                """;

        SegmentedPage segmented = segmenter.segment(article);

        assertEquals(article.strip(), segmented.mainStory());
        assertTrue(segmented.segments().related().isEmpty());
    }

    @Test
    void takesAHeadlineOnTheMarkerLineAndSentenceEndsAsComplete() {
        String page = """
                Officials confirmed that the bridge will close for two weeks of repairs starting on Monday.
                Related: Bridge repairs to cost more than planned
                PORTS: Dock workers voted to accept the new contract. The vote ended a month of talks!
                """;

        SegmentedPage segmented = segmenter.segment(page);

        assertEquals(
                "Officials confirmed that the bridge will close for two weeks of repairs starting on Monday.",
                segmented.mainStory());
        assertEquals(
                List.of(new RelatedLink("Bridge repairs to cost more than planned")),
                segmented.segments().related());
        Teaser teaser = segmented.segments().teasers().get(0);
        assertEquals("PORTS", teaser.kicker());
        assertFalse(teaser.truncated());
    }

    static String fixture(String name) {
        try (InputStream in = PageSegmenterTests.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
