package dev.tidings.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.ingest.FixtureArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentHashTests {

    private static ValidArticle article(String title, String source, String publishedAt, List<String> authors) {
        return ArticleSubmissionValidator.validate(new ArticleSubmission(
                FixtureArticles.HARBOUR_FERRY_URL,
                title,
                FixtureArticles.harbourFerryPage(),
                source,
                publishedAt,
                "en",
                authors,
                "Taiwan",
                null,
                null));
    }

    @Test
    void identicalContentHasTheIdenticalHash() {
        String first =
                ContentHash.of(article("Ferries approved", "Harbour Daily", "2025-04-23T07:30:00+08:00", List.of("A")));
        String again =
                ContentHash.of(article("Ferries approved", "Harbour Daily", "2025-04-23T07:30:00+08:00", List.of("A")));

        assertEquals(first, again);
        assertTrue(first.matches("[0-9a-f]{64}"), first);
    }

    @Test
    void theSameInstantWrittenInAnotherOffsetIsTheSameContent() {
        assertEquals(
                ContentHash.of(article("Ferries approved", null, "2025-04-23T07:30:00+08:00", List.of())),
                ContentHash.of(article("Ferries approved", null, "2025-04-22T23:30:00Z", List.of())));
    }

    @Test
    void anyChangeOfContentChangesTheHash() {
        String base = ContentHash.of(article("Ferries approved", "Harbour Daily", null, List.of("A", "B")));

        assertNotEquals(base, ContentHash.of(article("Ferries approved!", "Harbour Daily", null, List.of("A", "B"))));
        assertNotEquals(base, ContentHash.of(article("Ferries approved", "Harbour Weekly", null, List.of("A", "B"))));
        assertNotEquals(base, ContentHash.of(article("Ferries approved", "Harbour Daily", null, List.of("B", "A"))));
        assertNotEquals(
                base,
                ContentHash.of(
                        article("Ferries approved", "Harbour Daily", "2025-04-23T07:30:00Z", List.of("A", "B"))));
    }

    @Test
    void textMovedBetweenFieldsIsADifferentArticle() {
        assertNotEquals(
                ContentHash.of(article("Ferries approvedHarbour", "Daily", null, List.of())),
                ContentHash.of(article("Ferries approved", "HarbourDaily", null, List.of())));
        assertNotEquals(
                ContentHash.of(article("Ferries approved", null, null, List.of("A, B"))),
                ContentHash.of(article("Ferries approved", null, null, List.of("A", "B"))));
    }
}
