package dev.tidings.enrichment.summary;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;

/** One to three sentences of the main story, never of the teasers, which the segment tagger removed. */
public final class SummaryTagger implements Tagger {
    private static final String ENGLISH = "en";
    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public void tag(ArticleDocument document) {
        if (document.isInLanguage(ENGLISH)) {
            document.setSummary(
                    summarizer.summarize(document.title(), document.body()).orElse(null));
        }
    }
}
