package dev.tidings.ingest.article;

import dev.tidings.ingest.problem.FieldError;
import java.util.List;

/** A submission with one or more bad fields; every one of them is listed. */
public class InvalidArticleException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidArticleException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
