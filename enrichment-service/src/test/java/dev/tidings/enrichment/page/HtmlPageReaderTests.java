package dev.tidings.enrichment.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPageReaderTests {

    static final String URL = "https://harbour-ledger.example/2026/03/14/ferry-crews-vote-to-strike?utm_source=feed";

    /** The story's paragraphs in the page, as the body must give them: one per line, nothing else. */
    static final List<String> FERRY_STORY = List.of(
            "Ferry crews on the route between Keelung and the Matsu islands voted on Thursday to strike from Friday"
                    + " morning, after the operator refused to drop a rota that would add two night shifts a week.",
            "Of the 312 deck hands and engineers who cast a ballot, 287 backed the walkout, the Keelung Seafarers'"
                    + " Union said. It is the first strike on the route since the service was put out to tender in"
                    + " 2019.",
            "\"Our members have sailed through typhoons for this company, and they are asking for nothing more than"
                    + " the right to sleep,\" said Chen Wei-ting, the union's secretary, outside the terminal on"
                    + " Thursday evening.",
            "The operator, Northern Straits Shipping, said the new rota was needed to keep to a timetable set by the"
                    + " transport ministry and that crews would be paid a night allowance for each extra shift.",
            "About 1,800 passengers a day use the ferries in the spring, most of them islanders travelling to"
                    + " hospital appointments and schools in Keelung. The ministry said it would lay on a chartered"
                    + " vessel for patients if the strike goes ahead.",
            "Talks between the union and the operator are due to resume on Friday at 9 a.m. at the offices of the"
                    + " Keelung labour bureau, which has offered to mediate.");

    private final HtmlPageReader reader = new HtmlPageReader();

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlPageReaderTests.class.getResourceAsStream("/fixtures/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aNewsPageGivesExactlyTheArticlesParagraphs() throws IOException {
        String text = reader.read(fixture("ferry-strike.html"), URL).mainText();

        assertEquals(FERRY_STORY, text.lines().toList());
    }

    @Test
    void nothingOfThePagesFurnitureIsLeft() throws IOException {
        String text = reader.read(fixture("ferry-strike.html"), URL).mainText();

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
    void thePagesMetadataComesWithIt() throws IOException {
        PageMetadata metadata = reader.read(fixture("ferry-strike.html"), URL).metadata();

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
    void aGermanPage() throws IOException {
        HtmlPage page = reader.read(fixture("faehre-streik.html"), "https://hafenbote.example/kiel/faehre");

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
    void aOneMegabytePageStillGivesItsArticle() throws IOException {
        String page = fixture("ferry-strike.html");
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

        String text = reader.read(huge, URL).mainText();

        assertEquals(FERRY_STORY, text.lines().toList());
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
