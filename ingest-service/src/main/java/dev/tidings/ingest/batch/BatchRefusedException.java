package dev.tidings.ingest.batch;

import dev.tidings.ingest.problem.FieldError;
import dev.tidings.ingest.problem.ProblemType;
import java.util.List;

/** A batch refused as a whole: malformed (400) or with too many articles (413). */
class BatchRefusedException extends RuntimeException {
    private final ProblemType type;
    private final List<FieldError> errors;

    BatchRefusedException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    ProblemType type() {
        return type;
    }

    List<FieldError> errors() {
        return errors;
    }
}
