package dev.tidings.ingest.article;

import dev.tidings.http.FieldError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a submission field by field and collects every problem, so a producer fixes its request
 * once instead of once per field.
 */
public final class ArticleSubmissionValidator {

    public static final int MAX_URL_LENGTH = 2_048;
    public static final int MAX_TITLE_LENGTH = 1_000;
    public static final int MAX_BODY_LENGTH = 1_000_000;
    public static final int MAX_AUTHORS = 50;
    public static final int MAX_AUTHOR_LENGTH = 200;
    public static final int MAX_SOURCE_LENGTH = 200;
    public static final int MAX_SECTION_LENGTH = 200;
    public static final int MAX_LANGUAGE_LENGTH = 35;

    /** BCP 47 in outline: a 2–3 letter primary language, then subtags like {@code Hant} or {@code TW}. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    static final String REQUIRED = "is required";
    static final String NOT_BLANK = "must not be blank";
    static final String BAD_URL = "must be an absolute http or https URL";
    static final String BAD_DATE = "must be an ISO-8601 date-time with an offset, e.g. 2025-04-23T07:30:00Z";
    static final String BAD_LANGUAGE = "must be a BCP 47 language tag, e.g. en or zh-Hant";
    static final String BAD_CONTENT_TYPE = "must be text or html";
    static final String UNKNOWN_FIELD = "is not a known field";
    /** PostgreSQL text cannot hold U+0000: an article with one would be accepted here and never stored. */
    static final String NUL = "must not contain the NUL character (U+0000)";

    private ArticleSubmissionValidator() {}

    /**
     * @throws InvalidArticleException listing every bad field
     */
    public static ValidArticle validate(ArticleSubmission submission) {
        List<FieldError> errors = new ArrayList<>();
        if (submission == null) {
            errors.add(new FieldError("url", REQUIRED));
            errors.add(new FieldError("title", REQUIRED));
            errors.add(new FieldError("body", REQUIRED));
            throw new InvalidArticleException(errors);
        }
        String url = requiredText("url", submission.url(), MAX_URL_LENGTH, errors);
        if (url != null && !UrlCanonicalizer.isAcceptable(url)) {
            errors.add(new FieldError("url", BAD_URL));
            url = null;
        }
        String title = requiredText("title", submission.title(), MAX_TITLE_LENGTH, errors);
        // The body is kept exactly as sent: enrichment's offsets index into it.
        String body = submission.body();
        if (body == null) {
            errors.add(new FieldError("body", REQUIRED));
        } else if (body.isBlank()) {
            errors.add(new FieldError("body", NOT_BLANK));
        } else if (body.length() > MAX_BODY_LENGTH) {
            errors.add(new FieldError("body", tooLong(MAX_BODY_LENGTH)));
        } else if (body.indexOf('\u0000') >= 0) {
            errors.add(new FieldError("body", NUL));
        }
        String source = optionalText("source", submission.source(), MAX_SOURCE_LENGTH, errors);
        String section = optionalText("section", submission.section(), MAX_SECTION_LENGTH, errors);
        Instant publishedAt = publishedAt(submission.publishedAt(), errors);
        String language = optionalText("language", submission.language(), MAX_LANGUAGE_LENGTH, errors);
        if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
            errors.add(new FieldError("language", BAD_LANGUAGE));
        }
        List<String> authors = authors(submission.authors(), errors);
        BodyFormat declaredFormat = null;
        String contentType = optionalText("contentType", submission.contentType(), 16, errors);
        if (contentType != null) {
            declaredFormat = BodyFormat.named(contentType).orElse(null);
            if (declaredFormat == null) {
                errors.add(new FieldError("contentType", BAD_CONTENT_TYPE));
            }
        }
        Map<String, Object> unknown = submission.unknownFields();
        if (unknown != null) {
            unknown.keySet().forEach(name -> errors.add(new FieldError(name, UNKNOWN_FIELD)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidArticleException(errors);
        }
        BodyFormat format = declaredFormat != null ? declaredFormat : BodyFormat.detect(body);
        return new ValidArticle(
                url.strip(),
                UrlCanonicalizer.canonicalize(url),
                title,
                body,
                source,
                publishedAt,
                language,
                authors,
                section,
                format);
    }

    private static String requiredText(String field, String value, int maxLength, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, REQUIRED));
            return null;
        }
        if (value.isBlank()) {
            errors.add(new FieldError(field, NOT_BLANK));
            return null;
        }
        return withinLength(field, value.strip(), maxLength, errors);
    }

    /** Blank means absent: producers often send "" for a field their source page lacks. */
    private static String optionalText(String field, String value, int maxLength, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return withinLength(field, value.strip(), maxLength, errors);
    }

    private static String withinLength(String field, String value, int maxLength, List<FieldError> errors) {
        if (value.length() > maxLength) {
            errors.add(new FieldError(field, tooLong(maxLength)));
            return null;
        }
        if (value.indexOf('\u0000') >= 0) {
            errors.add(new FieldError(field, NUL));
            return null;
        }
        return value;
    }

    private static Instant publishedAt(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("publishedAt", BAD_DATE));
            return null;
        }
    }

    private static List<String> authors(List<String> authors, List<FieldError> errors) {
        if (authors == null) {
            return List.of();
        }
        if (authors.size() > MAX_AUTHORS) {
            errors.add(new FieldError("authors", "must have at most " + MAX_AUTHORS + " entries"));
            return List.of();
        }
        List<String> kept = new ArrayList<>(authors.size());
        for (int i = 0; i < authors.size(); i++) {
            String field = "authors[" + i + "]";
            String author = authors.get(i);
            if (author == null || author.isBlank()) {
                errors.add(new FieldError(field, NOT_BLANK));
            } else if (author.strip().length() > MAX_AUTHOR_LENGTH) {
                errors.add(new FieldError(field, tooLong(MAX_AUTHOR_LENGTH)));
            } else if (author.indexOf('\u0000') >= 0) {
                errors.add(new FieldError(field, NUL));
            } else {
                kept.add(author.strip());
            }
        }
        return kept;
    }

    private static String tooLong(int maxLength) {
        return "must be at most " + maxLength + " characters";
    }
}
