package dev.tidings.enrichment.segment;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;

/**
 * Cuts the submitted page down to its main story, before any NLP: the related-story links and the
 * teasers of other stories go to {@code segments}, so that their people and places never become
 * the article's. Runs first, because every later offset indexes into the main story.
 */
public final class SegmentTagger implements Tagger {
    private final PageSegmenter segmenter = new PageSegmenter();

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public void tag(ArticleDocument document) {
        SegmentedPage page = segmenter.segmentSubmitted(
                document.submittedContent(), document.article().contentType());
        document.setMainStory(page.mainStory(), page.segments());
    }
}
