package dev.tidings.http;

/**
 * The keys the services put in the logging context (MDC) while they handle one thing; the JSON logs
 * carry each as a field, so that one query finds every line about it across the three services.
 */
public final class LogKeys {
    /** The article a log line is about. */
    public static final String ARTICLE_ID = "articleId";

    private LogKeys() {}
}
