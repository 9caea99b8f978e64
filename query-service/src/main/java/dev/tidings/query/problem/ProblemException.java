package dev.tidings.query.problem;

import java.util.List;

/** A request the service refuses, with the problem to tell the client. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "The request has an invalid field."
                : "The request has " + errors.size() + " invalid fields.";
        return new ProblemException(new Problem(Problem.INVALID_REQUEST, "Invalid request", 400, detail, null, errors));
    }

    public static ProblemException invalid(String field, String reason) {
        return invalid(List.of(new FieldError(field, reason)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(new Problem(Problem.BLANK, "Not Found", 404, detail, null, null));
    }

    public Problem problem() {
        return problem;
    }
}
