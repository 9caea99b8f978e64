package dev.tidings.enrichment.topic;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;

/**
 * IPTC Media Topics of the main story, from its words and its sentence embedding (set by the
 * embedding tagger, which runs before); English only, like the models and the lexicon.
 */
public final class TopicTagger implements Tagger {
    private static final String ENGLISH = "en";
    private final TopicEnsemble classifier = new TopicEnsemble();

    @Override
    public String name() {
        return "topic";
    }

    @Override
    public void tag(ArticleDocument document) {
        if (document.isInLanguage(ENGLISH)) {
            document.setTopics(classifier.classify(document.title(), document.body(), document.embedding()));
        }
    }
}
