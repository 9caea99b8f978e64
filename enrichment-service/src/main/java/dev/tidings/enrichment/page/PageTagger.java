package dev.tidings.enrichment.page;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;
import dev.tidings.enrichment.segment.HtmlPageCleaner;

/**
 * Turns a submitted HTML page (by its content type, or by its look) into the article's text, one
 * paragraph per line, and reads what the page says about itself: title, authors, publication time,
 * canonical URL, language, site name, description and lead image. The document gives the
 * producer's values first and the page's only where the producer left one out. Text bodies pass
 * untouched.
 */
public final class PageTagger implements Tagger {
    private final HtmlPageReader reader = new HtmlPageReader();

    @Override
    public String name() {
        return "page";
    }

    @Override
    public void tag(ArticleDocument document) {
        if (!HtmlPageCleaner.isHtml(
                document.submittedContent(), document.article().contentType())) {
            return;
        }
        HtmlPage page =
                reader.read(document.submittedContent(), document.article().url());
        document.setPage(page.mainText(), page.metadata());
    }
}
