package dev.tidings.enrichment.segment;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;

/**
 * Cuts the page's text down to its main story, before any NLP: the related-story links and the
 * teasers of other stories go to {@code segments}, so that their people and places never become
 * the article's. Runs right after the page tagger (which turns an HTML page into its article's
 * text) and before every other, because every later offset indexes into the main story.
 */
public final class SegmentTagger implements Tagger {
    private final PageSegmenter segmenter = new PageSegmenter();

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public void tag(ArticleDocument document) {
        SegmentedPage page = segmenter.segment(document.pageText());
        document.setMainStory(page.mainStory(), page.segments());
    }
}
