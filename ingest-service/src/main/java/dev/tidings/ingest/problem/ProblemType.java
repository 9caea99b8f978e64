package dev.tidings.ingest.problem;

import java.net.URI;
import java.util.List;

/** The kinds of problem this service answers with; each has a stable type URI clients can switch on. */
public enum ProblemType {
    INVALID_ARTICLE("invalid-article", "Invalid article", 400),
    MALFORMED_REQUEST("malformed-request", "Malformed request body", 400),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    UNAUTHENTICATED("unauthenticated", "Producer key required", 401),
    UNKNOWN_KEY("unknown-key", "Unknown producer key", 403),
    RATE_LIMITED("rate-limited", "Too many submissions", 429),
    INTERNAL_ERROR("internal-error", "Internal error", 500),
    BROKER_UNAVAILABLE("broker-unavailable", "Article could not be published", 503),
    BUSY("busy", "Too many batches at once", 503);

    private static final String BASE = "https://tidings.dev/problems/";

    private final URI type;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.type = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public Problem problem(String detail, String instance) {
        return new Problem(type, title, status, detail, instance, null);
    }

    public Problem problem(String detail, String instance, List<FieldError> errors) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
