package dev.tidings.enrichment.page;

import dev.tidings.enrichment.pipeline.PageMetadata;
import java.util.Objects;

/**
 * A submitted HTML page, read.
 *
 * @param mainText the article's text, one paragraph per line
 * @param metadata what the page says about itself
 */
public record HtmlPage(String mainText, PageMetadata metadata) {
    public HtmlPage {
        Objects.requireNonNull(mainText, "mainText");
        metadata = metadata == null ? PageMetadata.NONE : metadata;
    }
}
