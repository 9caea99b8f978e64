package dev.tidings.http;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The kinds of problem the services answer with. Each has a stable type URI that clients can switch
 * on, and the same problem has the same type whichever service answers.
 */
public enum ProblemType {
    /** A body that is JSON of the right shape, with fields the service refuses; errors names them. */
    INVALID_ARTICLE("invalid-article", "Invalid article", 400),
    /** Query or path parameters the service refuses; errors names them. */
    INVALID_REQUEST("invalid-request", "Invalid request", 400),
    /** A body that is not JSON, or JSON of the wrong shape. */
    MALFORMED_REQUEST("malformed-request", "Malformed request body", 400),
    /** A request the HTTP layer could not read (its URL, query string or headers). */
    BAD_REQUEST("bad-request", "Bad request", 400),
    UNAUTHENTICATED("unauthenticated", "Producer key required", 401),
    UNKNOWN_KEY("unknown-key", "Unknown producer key", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    RATE_LIMITED("rate-limited", "Too many submissions", 429),
    INTERNAL_ERROR("internal-error", "Internal error", 500),
    BROKER_UNAVAILABLE("broker-unavailable", "Article could not be published", 503);

    private static final String BASE = "https://tidings.dev/problems/";

    /** The types the HTTP layer's own errors get, by status; other statuses are about:blank. */
    private static final List<ProblemType> FOR_STATUS = List.of(
            BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE);

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

    public int status() {
        return status;
    }

    public Problem problem(String detail) {
        return new Problem(type, title, status, detail, null, null);
    }

    public Problem problem(String detail, List<FieldError> errors) {
        return new Problem(type, title, status, detail, null, errors);
    }

    /**
     * The problem for an error status raised by the HTTP layer (routing, content negotiation, a
     * malformed request line): its own type where it has one, a 5xx an internal error, any other
     * status RFC 9457's about:blank titled by the status.
     */
    public static Problem forStatus(int status, String detail) {
        for (ProblemType type : FOR_STATUS) {
            if (type.status == status) {
                return type.problem(detail);
            }
        }
        if (status >= 500) {
            return INTERNAL_ERROR.problem(detail);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem(
                Problem.BLANK, known != null ? known.getReasonPhrase() : "HTTP " + status, status, detail, null, null);
    }
}
