package dev.tidings.enrichment.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.events.RelatedLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPageCleanerTests {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Harbour budget</title><style>p { color: red }</style>
            <script>window.tracking = "Do not index this";</script></head>
            <body>
              <header><a href="/">The Coastal Gazette</a> <nav><a href="/news">News</a></nav></header>
              <div class="share-bar"><button>Share on social media</button></div>
              <article>
                <h1>Council approves harbour budget</h1>
                <figure><img src="a.jpg"><figcaption>The old breakwater at low tide.</figcaption></figure>
                <p>The city council approved a new budget for the harbour
                   district on Tuesday evening.</p>
                <p>&ldquo;We cannot let the harbour silt up again,&rdquo; the mayor said.</p>
                <div class="ad-slot">Buy one, get one free</div>
                <ul><li>Repairs start in spring</li><li>Work ends before autumn</li></ul>
                <div id="newsletter-signup">Sign up for our newsletter</div>
                <p>Related: Harbour dredging contract awarded</p>
              </article>
              <aside>Most read: Storm closes coastal road</aside>
              <section class="comments">Great article! &mdash; a reader</section>
              <footer>Copyright The Coastal Gazette</footer>
            </body></html>
            """;

    private final HtmlPageCleaner cleaner = new HtmlPageCleaner();

    @Test
    void keepsHeadingsParagraphsAndListItemsOnePerLine() {
        String text = cleaner.clean(PAGE);

        assertEquals(
                List.of(
                        "Council approves harbour budget",
                        "The city council approved a new budget for the harbour district on Tuesday evening.",
                        "“We cannot let the harbour silt up again,” the mayor said.",
                        "Repairs start in spring",
                        "Work ends before autumn",
                        "Related: Harbour dredging contract awarded"),
                text.lines().toList());
    }

    @Test
    void dropsPageFurniture() {
        String text = cleaner.clean(PAGE);

        for (String furniture : List.of(
                "tracking",
                "color",
                "Coastal Gazette",
                "Share",
                "low tide",
                "Buy one",
                "newsletter",
                "Most read",
                "Great article",
                "Copyright")) {
            assertFalse(text.contains(furniture), () -> "should have dropped: " + furniture);
        }
    }

    @Test
    void knowsHtmlByContentTypeOrByItsLook() {
        assertTrue(HtmlPageCleaner.isHtml(PAGE, "html"));
        assertTrue(HtmlPageCleaner.isHtml(PAGE, "text"));
        assertTrue(HtmlPageCleaner.isHtml("A page that a producer marked as HTML.", "text/html"));
    }

    @Test
    void theCleanedPageSegmentsLikeText() {
        SegmentedPage page = new PageSegmenter().segment(cleaner.clean(PAGE));

        assertTrue(page.mainStory().startsWith("Council approves harbour budget\nThe city council approved"));
        assertTrue(page.mainStory().endsWith("Work ends before autumn"));
        assertEquals(
                List.of(new RelatedLink("Harbour dredging contract awarded")),
                page.segments().related());
    }

    @Test
    void leavesPlainTextAlone() {
        String text = "Prices rose 3 < 4 times as fast as wages.\nThe <b> tag is not HTML here.";

        assertFalse(HtmlPageCleaner.isHtml(text, "text"));
        assertEquals(text, new PageSegmenter().segment(text).mainStory());
    }
}
