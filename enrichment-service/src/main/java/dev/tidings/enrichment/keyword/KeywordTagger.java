package dev.tidings.enrichment.keyword;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;

/** The ten key phrases of the main story; after the entity tagger, so that names alone rank lower. */
public final class KeywordTagger implements Tagger {
    private static final String ENGLISH = "en";
    private final KeyPhraseExtractor extractor = new KeyPhraseExtractor();

    @Override
    public String name() {
        return "keyword";
    }

    @Override
    public void tag(ArticleDocument document) {
        if (document.isInLanguage(ENGLISH)) {
            document.setKeywords(extractor.extract(document.title(), document.body(), document.entities()));
        }
    }
}
