package dev.tidings.ingest.article;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the body of a submission is written in: plain text or HTML. */
public enum BodyFormat {
    TEXT("text"),
    HTML("html");

    /**
     * Tags that only markup has. A text that merely mentions "<3" or "a < b" has none of them, so
     * it is not taken for HTML.
     */
    private static final Pattern HTML_TAG = Pattern.compile(
            "<\\s*(!doctype\\s+html|html|head|body|p|div|article|section|main|span|br|h[1-6]|ul|ol|li|a|table|figure|blockquote)(\\s[^<>]{0,2000})?/?>",
            Pattern.CASE_INSENSITIVE);

    private final String value;

    BodyFormat(String value) {
        this.value = value;
    }

    /** The name used in requests and events: {@code text} or {@code html}. */
    public String value() {
        return value;
    }

    public static Optional<BodyFormat> named(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        for (BodyFormat format : values()) {
            if (format.value.equals(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** HTML when the body clearly is markup: it starts with a tag and contains a structural tag. */
    public static BodyFormat detect(String body) {
        String start = body.stripLeading();
        return start.startsWith("<") && HTML_TAG.matcher(start).find() ? HTML : TEXT;
    }
}
