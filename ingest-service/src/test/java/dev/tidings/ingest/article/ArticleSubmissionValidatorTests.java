package dev.tidings.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidings.http.FieldError;
import dev.tidings.ingest.FixtureArticles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleSubmissionValidatorTests {

    private static final String URL = FixtureArticles.HARBOUR_FERRY_URL;

    @Test
    void acceptsTheFixturePageAndNormalisesItsFields() {
        ArticleSubmission submission = new ArticleSubmission(
                URL + "?utm_campaign=spring#top",
                "  Keelung approves first battery-powered ferries ",
                FixtureArticles.harbourFerryPage(),
                "Harbour Daily",
                "2025-04-23T07:30:00+08:00",
                "zh-Hant",
                List.of(" Staff writer "),
                "",
                null,
                null);

        ValidArticle article = ArticleSubmissionValidator.validate(submission);

        assertEquals(URL + "?utm_campaign=spring#top", article.url());
        assertEquals(URL, article.canonicalUrl());
        assertEquals("Keelung approves first battery-powered ferries", article.title());
        assertEquals(FixtureArticles.harbourFerryPage(), article.body());
        assertEquals(Instant.parse("2025-04-22T23:30:00Z"), article.publishedAt());
        assertEquals("zh-Hant", article.language());
        assertEquals(List.of("Staff writer"), article.authors());
        assertNull(article.section());
        assertEquals(BodyFormat.TEXT, article.contentType());
    }

    @Test
    void refusesTheNulCharacterThatTheDatabaseCannotStore() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class,
                () -> ArticleSubmissionValidator.validate(new ArticleSubmission(
                        URL,
                        "Ferries\u0000",
                        "Keelung ferry crews\u0000 met on Monday.",
                        null,
                        null,
                        null,
                        List.of("Lin Mei-hua\u0000"),
                        null,
                        null,
                        null)));

        assertEquals(
                List.of(
                        new FieldError("title", ArticleSubmissionValidator.NUL),
                        new FieldError("body", ArticleSubmissionValidator.NUL),
                        new FieldError("authors[0]", ArticleSubmissionValidator.NUL)),
                e.errors());
    }

    @Test
    void listsEveryMissingRequiredField() {
        InvalidArticleException e = assertThrows(
                InvalidArticleException.class,
                () -> ArticleSubmissionValidator.validate(
                        new ArticleSubmission(null, " ", null, null, null, null, null, null, null, null)));

        assertEquals(
                List.of(
                        new FieldError("url", "is required"),
                        new FieldError("title", "must not be blank"),
                        new FieldError("body", "is required")),
                e.errors());
    }

    @Test
    void listsEveryBadOptionalFieldAndUnknownField() {
        List<String> authors = new ArrayList<>(List.of("Lin Mei-hua", "", "x".repeat(201)));
        ArticleSubmission submission = new ArticleSubmission(
                "ftp://news.example.com/a",
                "t".repeat(1_001),
                "Body text.",
                "s".repeat(201),
                "22 April 2025",
                "english!",
                authors,
                null,
                "markdown",
                Map.of("publishedDate", "2025-04-22"));

        InvalidArticleException e =
                assertThrows(InvalidArticleException.class, () -> ArticleSubmissionValidator.validate(submission));

        assertEquals(
                List.of(
                        new FieldError("url", "must be an absolute http or https URL"),
                        new FieldError("title", "must be at most 1000 characters"),
                        new FieldError("source", "must be at most 200 characters"),
                        new FieldError("publishedAt", ArticleSubmissionValidator.BAD_DATE),
                        new FieldError("language", ArticleSubmissionValidator.BAD_LANGUAGE),
                        new FieldError("authors[1]", "must not be blank"),
                        new FieldError("authors[2]", "must be at most 200 characters"),
                        new FieldError("contentType", "must be text or html"),
                        new FieldError("publishedDate", "is not a known field")),
                e.errors());
    }

    @Test
    void enforcesBodyAndAuthorLimits() {
        ArticleSubmission submission = new ArticleSubmission(
                URL,
                "Title",
                "b".repeat(ArticleSubmissionValidator.MAX_BODY_LENGTH + 1),
                null,
                null,
                null,
                Collections.nCopies(51, "Staff writer"),
                null,
                null,
                null);

        InvalidArticleException e =
                assertThrows(InvalidArticleException.class, () -> ArticleSubmissionValidator.validate(submission));

        assertEquals(
                List.of(
                        new FieldError("body", "must be at most 1000000 characters"),
                        new FieldError("authors", "must have at most 50 entries")),
                e.errors());
    }

    @Test
    void aMissingRequestBodyListsTheRequiredFields() {
        InvalidArticleException e =
                assertThrows(InvalidArticleException.class, () -> ArticleSubmissionValidator.validate(null));

        assertEquals(
                List.of("url", "title", "body"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void detectsHtmlOnlyWhenTheBodyClearlyIsMarkup() {
        assertEquals(BodyFormat.HTML, formatOf("<html><body><p>Ferries sail.</p></body></html>"));
        assertEquals(BodyFormat.HTML, formatOf("\n  <div class=\"story\"><p>Ferries sail.</p></div>"));
        assertEquals(BodyFormat.HTML, formatOf("<!DOCTYPE html><title>x</title>"));
        assertEquals(BodyFormat.TEXT, formatOf("Ferries sail at <p> o'clock"));
        assertEquals(BodyFormat.TEXT, formatOf("<3 to the crew who built them"));
        assertEquals(BodyFormat.TEXT, formatOf("<ferry-id> 42 is ready"));
    }

    @Test
    void aDeclaredContentTypeWinsOverDetection() {
        ArticleSubmission submission =
                new ArticleSubmission(URL, "Title", "<p>Shown as text</p>", null, null, null, null, null, "TEXT", null);

        assertEquals(
                BodyFormat.TEXT, ArticleSubmissionValidator.validate(submission).contentType());
    }

    private static BodyFormat formatOf(String body) {
        return ArticleSubmissionValidator.validate(
                        new ArticleSubmission(URL, "Title", body, null, null, null, null, null, null, null))
                .contentType();
    }
}
