package dev.tidings.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response of every service, sent as {@code
 * application/problem+json}. The same problem has the same {@code type} whichever service answers
 * ({@link ProblemType}).
 *
 * <p>Each problem the REST layer answers with is also fired as a CDI event, so that a service can
 * count what it refuses ({@code void refused(@Observes Problem problem)}).
 *
 * @param instance the request path
 * @param errors what is wrong with which request field, for a 400
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** RFC 9457's type for a problem that says no more than its status. */
    public static final URI BLANK = URI.create("about:blank");

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The same problem, about the request at {@code path}. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
