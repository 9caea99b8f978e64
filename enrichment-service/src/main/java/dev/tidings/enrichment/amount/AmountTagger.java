package dev.tidings.enrichment.amount;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;

/** Finds the quantities of the main story ("30 percent", "five years"); English number words only. */
public final class AmountTagger implements Tagger {
    private static final String ENGLISH = "en";
    private final AmountExtractor extractor = new AmountExtractor();

    @Override
    public String name() {
        return "amount";
    }

    @Override
    public void tag(ArticleDocument document) {
        if (document.isInLanguage(ENGLISH)) {
            document.setAmounts(extractor.extract(document.body()));
        }
    }
}
