package dev.tidings.enrichment.rest;

import dev.tidings.http.FieldError;
import dev.tidings.http.ProblemException;
import dev.tidings.http.ProblemType;
import java.util.List;

/** A request to enrich that lacks what tagging needs; answered 400 with each bad field. */
public class InvalidArticleException extends ProblemException {
    public InvalidArticleException(List<FieldError> errors) {
        super(ProblemType.INVALID_ARTICLE.problem("The article lacks what tagging needs.", errors));
    }
}
