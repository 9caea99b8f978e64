package dev.tidings.http;

import java.util.List;
import java.util.Map;

/** A request a service refuses, with the problem to tell the client and any headers to send with it. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        // No stack trace: a refusal is the client's doing, and says all in its problem.
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    /** Parameters the service refuses, each named with what is wrong with it. */
    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "The request has an invalid field."
                : "The request has " + errors.size() + " invalid fields.";
        return new ProblemException(ProblemType.INVALID_REQUEST.problem(detail, errors));
    }

    public static ProblemException invalid(String field, String reason) {
        return invalid(List.of(new FieldError(field, reason)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND.problem(detail));
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
