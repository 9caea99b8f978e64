package dev.tidings.enrichment.rest;

import dev.tidings.enrichment.problem.FieldError;
import java.util.List;

/** A request to enrich that lacks what tagging needs; answered 400 with each bad field. */
public class InvalidArticleException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidArticleException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
