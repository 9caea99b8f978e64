package dev.tidings.enrichment.quote;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;

/**
 * Finds the direct quotations of the main story and who said them, from the reporting shapes of
 * English news prose. Runs after the entity tagger, so a speaker links to the entity it names.
 */
public final class QuoteTagger implements Tagger {
    private static final String ENGLISH = "en";
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Override
    public String name() {
        return "quote";
    }

    @Override
    public void tag(ArticleDocument document) {
        if (document.isInLanguage(ENGLISH)) {
            document.setQuotes(extractor.extract(document.body(), document.entities()));
        }
    }
}
