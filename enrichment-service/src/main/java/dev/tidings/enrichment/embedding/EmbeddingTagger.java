package dev.tidings.enrichment.embedding;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;

/**
 * The sentence embedding of the headline and lead of the main story, computed once per article for
 * the taggers after it (topics) to read from the document. English only, like the model.
 */
public final class EmbeddingTagger implements Tagger {
    private static final String ENGLISH = "en";
    private final SentenceEmbedder embedder;

    public EmbeddingTagger() {
        this(new SentenceEmbedder());
    }

    public EmbeddingTagger(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public String name() {
        return "embedding";
    }

    @Override
    public void tag(ArticleDocument document) {
        if (!document.isInLanguage(ENGLISH)) {
            return;
        }
        String text = HeadlineAndLead.of(document.title(), document.body());
        if (!text.isBlank()) {
            document.setEmbedding(SentenceEmbedder.MODEL_NAME, embedder.embed(text));
        }
    }
}
