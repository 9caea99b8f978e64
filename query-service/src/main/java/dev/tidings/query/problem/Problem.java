package dev.tidings.query.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body, sent as {@code application/problem+json}.
 *
 * @param errors what is wrong with which request field, for a 400
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    /** The type of a problem that says no more than its status. */
    public static final String BLANK = "about:blank";
    /** The type of a request whose parameters are invalid; {@code errors} names them. */
    public static final String INVALID_REQUEST = "https://tidings.dev/problems/invalid-request";
}
