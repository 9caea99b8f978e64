package dev.tidings.ingest.article;

import dev.tidings.http.FieldError;
import dev.tidings.http.ProblemException;
import dev.tidings.http.ProblemType;
import java.util.List;

/** A submission with one or more bad fields; every one of them is listed. Answered with a 400. */
public class InvalidArticleException extends ProblemException {
    private final List<FieldError> errors;

    public InvalidArticleException(List<FieldError> errors) {
        super(ProblemType.INVALID_ARTICLE.problem(
                "The article has " + errors.size() + " invalid field(s); see errors.", errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
