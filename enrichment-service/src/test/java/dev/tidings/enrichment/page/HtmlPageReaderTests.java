package dev.tidings.enrichment.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.pipeline.PageMetadata;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPageReaderTests {

    private final HtmlPageReader reader = new HtmlPageReader();

    @Test
    void aNewsPageGivesExactlyTheArticlesParagraphs() {
        String text = reader.read(PageFixtures.page("ferry-strike.html"), PageFixtures.URL)
                .mainText();

        assertEquals(PageFixtures.FERRY_STORY, text.lines().toList());
    }

    @Test
    void nothingOfThePagesFurnitureIsLeft() {
        String text = reader.read(PageFixtures.page("ferry-strike.html"), PageFixtures.URL)
                .mainText();

        for (String furniture : List.of(
                "cookies", // cookie notice
                "Subscribe", // navigation
                "Share on", // share bar
                "More from the port", // related stories
                "Pilot boat crews",
                "islandcommuter", // comments
                "Forty years at sea",
                "All rights reserved", // footer
                "Privacy policy",
                "dataLayer", // scripts and styles
                "inline-block")) {
            assertFalse(text.contains(furniture), () -> "kept " + furniture + " in:\n" + text);
        }
    }

    @Test
    void thePagesMetadataComesWithIt() {
        PageMetadata metadata = reader.read(PageFixtures.page("ferry-strike.html"), PageFixtures.URL)
                .metadata();

        assertEquals("Ferry crews in Keelung vote to strike over night shifts", metadata.title());
        assertEquals(List.of("Lin Mei-hua", "Tomas Berg"), metadata.authors());
        assertEquals(Instant.parse("2026-03-13T23:30:00Z"), metadata.publishedAt());
        assertEquals("https://harbour-ledger.example/2026/03/14/ferry-crews-vote-to-strike", metadata.canonicalUrl());
        assertEquals("The Harbour Ledger", metadata.siteName());
        assertEquals("en-GB", metadata.language());
        assertEquals("https://cdn.harbour-ledger.example/images/2026/ferry-pier.jpg", metadata.imageUrl());
        assertTrue(metadata.description().startsWith("Crews on the Keelung to Matsu route"), metadata.description());
    }

    @Test
    void aGermanPage() {
        HtmlPage page = reader.read(PageFixtures.page("faehre-streik.html"), "https://hafenbote.example/kiel/faehre");

        List<String> lines = page.mainText().lines().toList();
        assertEquals(4, lines.size(), page.mainText());
        assertTrue(
                lines.get(0).startsWith("Die Besatzungen der Fördefähren in Kiel wollen ab Freitagmorgen streiken."));
        assertTrue(lines.get(1).contains("„Unsere Leute fahren bei jedem Wetter, aber sie brauchen auch Schlaf“"));
        assertTrue(lines.get(3).endsWith("Der Oberbürgermeister hat angeboten, zu vermitteln."));
        assertFalse(page.mainText().contains("Cookies"));
        assertEquals("de", page.metadata().language());
        assertEquals(List.of("Jana Petersen"), page.metadata().authors());
        // The browser title without the site's name after the dash.
        assertEquals(
                "Fährleute in Kiel legen am Freitag die Arbeit nieder",
                page.metadata().title());
    }

    @Test
    void aOneMegabytePageStillGivesItsArticle() {
        String page = PageFixtures.page("ferry-strike.html");
        StringBuilder comments = new StringBuilder();
        for (int i = 0; comments.length() < 1_100_000; i++) {
            comments.append("<div class=\"comment\"><p class=\"comment-author\">reader")
                    .append(i)
                    .append("</p><p>Comment number ")
                    .append(i)
                    .append(" says the crossing was late again and the coffee on board was cold, as it always is.</p>")
                    .append("<ul><li><a href=\"/reply/")
                    .append(i)
                    .append("\">Reply</a></li><li><a href=\"/report/")
                    .append(i)
                    .append("\">Report</a></li></ul></div>\n");
        }
        String huge = page.replace("<h2>Comments (2)</h2>", "<h2>Comments</h2>" + comments);
        assertTrue(huge.length() > 1_000_000);

        String text = reader.read(huge, PageFixtures.URL).mainText();

        assertEquals(PageFixtures.FERRY_STORY, text.lines().toList());
    }

    @Test
    void malformedHtmlGivesItsTextAndNoException() {
        String broken = "<html><body><div><p>Port workers in Busan ended their strike on Monday after the city agreed"
                + " to hire forty more crane drivers, the union said.<p>Unloading resumed at noon <b>at all four"
                + " terminals</i>, and the backlog of ships should clear by Thursday.</div></span></table>"
                + "<p>The agreement still has to be put to a vote of members next week, the union said, but its"
                + " leaders expect it to pass.<script>var x = '</p>'; if (x < 3) {</script><td>stray cell";

        String text = reader.read(broken, null).mainText();

        assertTrue(text.contains("Port workers in Busan ended their strike on Monday"), text);
        assertTrue(text.contains("but its leaders expect it to pass."), text);
        assertFalse(text.contains("var x"), text);
    }

    @Test
    void deeplyNestedTagsAndEmptyPagesGiveNoException() {
        String deep = "<html><body>" + "<div>".repeat(50_000)
                + "<p>The harbour master said the channel would reopen on Friday once the wreck was lifted.</p>"
                + "</div>".repeat(50_000) + "</body></html>";

        String text = reader.read(deep, null).mainText();

        assertTrue(text.contains("the channel would reopen on Friday"), text);
        for (String nothing : new String[] {"", "<html></html>", "<p></p>", "<!-- -->", "<script>x</script>"}) {
            HtmlPage page = reader.read(nothing, "not a url");
            assertEquals("", page.mainText(), nothing);
        }
    }
}
