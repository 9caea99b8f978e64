package dev.tidings.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tidings.events.ArticleId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdTests {

    /** Expected values from Python: {@code uuid.uuid5(uuid.NAMESPACE_URL, url)}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://news.example.com/world/2025/04/harbour-ferry | c11fe248-0a5b-504b-b8c3-d5a770d38084",
                "https://news.example.com/world/2025/04/harbour-ferry?page=2 | 7821afbd-b77a-5184-adbb-c43aed6642a4",
                "https://example.com/ | dd2c1780-811a-5296-81c5-178a0ef488bc",
                "https://news.example.com/台灣/ferry?id=7 | 21bd3f4a-3ba1-5f53-a066-a96f137a1c0a",
            })
    void matchesRfc4122NameBasedSha1(String canonicalUrl, String expected) {
        UUID id = ArticleId.of(canonicalUrl);

        assertEquals(UUID.fromString(expected), id);
        assertEquals(5, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void sameArticleBehindTrackingLinksHasOneId() {
        UUID fromFeed =
                ArticleId.of(UrlCanonicalizer.canonicalize("https://news.example.com/world/2025/04/harbour-ferry"));
        UUID fromNewsletter = ArticleId.of(UrlCanonicalizer.canonicalize(
                "HTTPS://NEWS.example.com:443/world/2025/04/harbour-ferry?utm_source=letter&utm_medium=email#lead"));
        UUID nextPage = ArticleId.of(
                UrlCanonicalizer.canonicalize("https://news.example.com/world/2025/04/harbour-ferry?page=2"));

        assertEquals(fromFeed, fromNewsletter);
        assertNotEquals(fromFeed, nextPage);
    }
}
