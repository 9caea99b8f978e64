package dev.tidings.enrichment.pipeline;

import dev.tidings.events.ArticleIngested;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import java.util.List;
import java.util.Objects;

/**
 * One article on its way through the pipeline: the ingested article and what the taggers have
 * found so far. Each tagger sets its own part; a later tagger can read what an earlier one set
 * (the entity tagger reads the language).
 *
 * <p>It lives on one worker thread for the length of one enrichment, so it needs no locking.
 */
public final class ArticleDocument {
    private static final DetectedLanguage NOT_YET_DETECTED = new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0.0);

    private final ArticleIngested article;
    private DetectedLanguage language = NOT_YET_DETECTED;
    private List<Entity> entities = List.of();

    public ArticleDocument(ArticleIngested article) {
        this.article = Objects.requireNonNull(article, "article");
        Objects.requireNonNull(article.title(), "title");
        Objects.requireNonNull(article.body(), "body");
    }

    public ArticleIngested article() {
        return article;
    }

    public String title() {
        return article.title();
    }

    /** The main story. Every offset a tagger reports indexes into it, in UTF-16 code units. */
    public String body() {
        return article.body();
    }

    public DetectedLanguage language() {
        return language;
    }

    public void setLanguage(DetectedLanguage language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    public boolean isInLanguage(String isoCode) {
        return language.code().equals(isoCode);
    }

    public List<Entity> entities() {
        return entities;
    }

    public void setEntities(List<Entity> entities) {
        this.entities = List.copyOf(entities);
    }
}
