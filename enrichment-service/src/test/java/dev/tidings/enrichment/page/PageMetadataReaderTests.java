package dev.tidings.enrichment.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tidings.enrichment.pipeline.PageMetadata;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataReaderTests {

    private static final String URL = "https://news.example.org/world/2026/05/02/dam-opens";

    private final PageMetadataReader reader = new PageMetadataReader();

    private PageMetadata read(String head, String body) {
        return reader.read(
                Jsoup.parse("<html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>", URL), URL);
    }

    @Test
    void metaTags() {
        PageMetadata metadata = read("""
                <title>Dam opens its gates after a week of rain - River Post</title>
                <meta property="og:title" content="Dam opens its gates after a week of rain">
                <meta property="og:site_name" content="River Post">
                <meta name="description" content="Engineers let water out of the Oroville reservoir for the first time since 2023.">
                <meta property="og:image" content="/media/dam.jpg">
                <meta property="og:url" content="https://news.example.org/world/2026/05/02/dam-opens">
                <meta name="author" content="Rosa Delgado">
                <meta property="article:published_time" content="2026-05-02T06:15:00-07:00">
                """, "<p>Text.</p>");

        assertEquals("Dam opens its gates after a week of rain", metadata.title());
        assertEquals("River Post", metadata.siteName());
        assertEquals(
                "Engineers let water out of the Oroville reservoir for the first time since 2023.",
                metadata.description());
        assertEquals("https://news.example.org/media/dam.jpg", metadata.imageUrl());
        assertEquals(URL, metadata.canonicalUrl());
        assertEquals(List.of("Rosa Delgado"), metadata.authors());
        assertEquals(Instant.parse("2026-05-02T13:15:00Z"), metadata.publishedAt());
        assertEquals("en", metadata.language());
    }

    @Test
    void jsonLdInAGraphWithAnArrayOfAuthors() {
        PageMetadata metadata = read("""
                <meta property="og:title" content="Not this one">
                <meta name="author" content="Not this one either">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "Organization", "name": "River Post Media"},
                  {"@type": ["NewsArticle", "Article"],
                   "headline": "Dam opens its gates after a week of rain",
                   "author": [{"@type": "Person", "name": "Rosa Delgado"}, "Tom O&#x27;Neill", {"@type": "Person", "name": ["Aiko Tanaka"]}],
                   "datePublished": "2026-05-02T13:15:00Z",
                   "description": "Engineers let water out of the reservoir.",
                   "image": [{"@type": "ImageObject", "url": "https://cdn.example.org/dam.jpg"}],
                   "publisher": {"@type": "Organization", "name": "River Post"}}
                ]}
                </script>
                """, "<p>Text.</p>");

        assertEquals("Dam opens its gates after a week of rain", metadata.title());
        assertEquals(List.of("Rosa Delgado", "Tom O'Neill", "Aiko Tanaka"), metadata.authors());
        assertEquals(Instant.parse("2026-05-02T13:15:00Z"), metadata.publishedAt());
        assertEquals("Engineers let water out of the reservoir.", metadata.description());
        assertEquals("https://cdn.example.org/dam.jpg", metadata.imageUrl());
        assertEquals("River Post", metadata.siteName());
    }

    @Test
    void aBrokenJsonLdBlockIsSkippedForTheNextSource() {
        PageMetadata metadata = read("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken", </script>
                <script type="application/ld+json">[{"@type": "BlogPosting", "headline": "Second block",
                  "author": {"@type": "Person", "name": "Rosa Delgado"}}]</script>
                """, "");

        assertEquals("Second block", metadata.title());
        assertEquals(List.of("Rosa Delgado"), metadata.authors());
    }

    @Test
    void theVisiblePageWhenThereIsNoMetadata() {
        PageMetadata metadata = read("<link rel=\"canonical\" href=\"/world/dam-opens\">", """
                <header><a href="/">River Post</a></header>
                <article>
                  <h1>Dam opens its gates after a week of rain</h1>
                  <p class="byline">By <span class="author-name">Rosa Delgado</span>,
                    <time datetime="2026-05-02">2 May</time></p>
                  <p>Engineers let water out of the reservoir on Saturday.</p>
                </article>
                """);

        assertEquals("Dam opens its gates after a week of rain", metadata.title());
        assertEquals(List.of("Rosa Delgado"), metadata.authors());
        assertEquals(Instant.parse("2026-05-02T00:00:00Z"), metadata.publishedAt());
        assertEquals("https://news.example.org/world/dam-opens", metadata.canonicalUrl());
        assertNull(metadata.description());
        assertNull(metadata.imageUrl());
    }

    @Test
    void aBylineSplitsIntoItsAuthors() {
        assertEquals(
                List.of("Rosa Delgado", "Tom O'Neill", "Aiko Tanaka"),
                PageMetadataReader.splitByline("By Rosa Delgado, Tom O'Neill and Aiko Tanaka"));
        assertEquals(
                List.of("Jana Petersen", "Ole Hansen"),
                PageMetadataReader.splitByline("Von Jana Petersen und Ole Hansen"));
    }

    @Test
    void theBrowserTitleLosesTheSiteNameOnly() {
        assertEquals("Dam opens", PageMetadataReader.withoutSiteName("Dam opens | River Post", "River Post"));
        assertEquals(
                "Dam opens its gates after rain",
                PageMetadataReader.withoutSiteName("Dam opens its gates after rain – River Post", null));
        assertEquals("Brexit - the vote", PageMetadataReader.withoutSiteName("Brexit - the vote", null));
    }

    @Test
    void datesInTheirCommonForms() {
        assertEquals(Instant.parse("2026-05-02T13:15:00Z"), PublicationDates.parse("2026-05-02T15:15:00+0200"));
        assertEquals(Instant.parse("2026-05-02T13:15:00Z"), PublicationDates.parse("2026-05-02 13:15"));
        assertEquals(Instant.parse("2026-05-02T13:15:00.250Z"), PublicationDates.parse("2026-05-02T13:15:00.25Z"));
        assertEquals(Instant.parse("2026-05-02T13:15:00Z"), PublicationDates.parse("Sat, 2 May 2026 13:15:00 GMT"));
        assertNull(PublicationDates.parse("yesterday"));
        assertNull(PublicationDates.parse("2026-13-45"));
    }
}
