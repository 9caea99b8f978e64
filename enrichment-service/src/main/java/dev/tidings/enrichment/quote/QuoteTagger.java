package dev.tidings.enrichment.quote;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the direct quotations of the main story and who said them, from the reporting shapes of
 * its language's news prose ({@link QuoteLanguage}). Runs after the entity tagger, so a speaker
 * links to the entity it names. An article in another language gets no quotes and {@code
 * coverage.quotes = false}.
 */
public final class QuoteTagger implements Tagger {

    private final Map<String, QuoteExtractor> extractors = new LinkedHashMap<>();

    public QuoteTagger() {
        for (QuoteLanguage language : QuoteLanguage.all()) {
            extractors.put(language.code(), new QuoteExtractor(language));
        }
    }

    @Override
    public String name() {
        return "quote";
    }

    /** The ISO codes of the languages this tagger reads. */
    public Set<String> languages() {
        return extractors.keySet();
    }

    @Override
    public void tag(ArticleDocument document) {
        QuoteExtractor extractor = extractors.get(document.language().code());
        if (extractor != null) {
            document.setQuotes(extractor.extract(document.body(), document.entities()));
        }
    }
}
