package dev.tidings.enrichment.page;

import dev.tidings.enrichment.pipeline.PageMetadata;
import dev.tidings.enrichment.segment.HtmlPageCleaner;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a whole HTML page once: its metadata first (Readability removes the scripts that hold the
 * JSON-LD), then its main text ({@link MainTextExtractor}).
 *
 * <p>Never throws on what a producer sends. When no article is found, or the extractor fails on a
 * page it cannot handle (a stack overflow on thousands of nested tags), the main text is the whole
 * page cleaned of its furniture ({@link HtmlPageCleaner}), as before there was an extractor: too
 * much text is better than none.
 */
public final class HtmlPageReader {

    // Plain JBoss Logging: the taggers also run without Quarkus, in unit tests and the evaluation.
    private static final Logger LOG = Logger.getLogger(HtmlPageReader.class);

    private final PageMetadataReader metadataReader = new PageMetadataReader();
    private final MainTextExtractor extractor = new MainTextExtractor();
    private final HtmlPageCleaner cleaner = new HtmlPageCleaner();

    public HtmlPage read(String html, String url) {
        String base = url == null ? "" : url;
        Document page = Jsoup.parse(html == null ? "" : html, base);
        // Readability keeps a copy of the page's HTML; pretty-printing it would cost far more than the
        // parse, and on deeply nested tags grows with the square of the depth.
        page.outputSettings().prettyPrint(false);
        PageMetadata metadata;
        try {
            metadata = metadataReader.read(page, url);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debugf(e, "Could not read the metadata of the page at %s", url);
            metadata = PageMetadata.NONE;
        }
        Optional<String> article;
        try {
            article = extractor.extract(page, base);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debugf(e, "No main text extracted from the page at %s; keeping the whole page", url);
            article = Optional.empty();
        }
        return new HtmlPage(article.orElseGet(() -> wholePage(html)), metadata);
    }

    private String wholePage(String html) {
        try {
            return cleaner.clean(html);
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }
}
