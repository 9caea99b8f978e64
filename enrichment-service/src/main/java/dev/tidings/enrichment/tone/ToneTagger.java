package dev.tidings.enrichment.tone;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;

/** GDELT-style tone of the main story from an English lexicon. */
public final class ToneTagger implements Tagger {
    private static final String ENGLISH = "en";
    private final ToneScorer scorer = new ToneScorer();

    @Override
    public String name() {
        return "tone";
    }

    @Override
    public void tag(ArticleDocument document) {
        if (document.isInLanguage(ENGLISH)) {
            document.setTone(scorer.score(document.body()));
        }
    }
}
