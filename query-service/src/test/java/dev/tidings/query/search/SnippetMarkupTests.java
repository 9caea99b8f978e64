package dev.tidings.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetMarkupTests {
    @Test
    void headlineIsEscapedAndOnlyItsMarkersBecomeMarks() {
        String headline = "the \"<b>closed</b>\" gate & \u0002sealed\u0003 <mark>doors</mark>";

        assertEquals(
                "the &quot;&lt;b&gt;closed&lt;/b&gt;&quot; gate &amp; <mark>sealed</mark> &lt;mark&gt;doors&lt;/mark&gt;",
                SnippetMarkup.fromHeadline(headline));
    }

    @Test
    void unclosedMarkIsClosed() {
        assertEquals("<mark>pilots</mark>", SnippetMarkup.fromHeadline("\u0002pilots"));
    }

    @Test
    void leadIsCutAtAWordAndEscaped() {
        assertEquals("Crews &amp; pilots …", SnippetMarkup.lead("Crews & pilots\nwalked out on Tuesday", 16));
        assertEquals("Short &lt;one&gt;", SnippetMarkup.lead("Short <one>", 16));
    }
}
