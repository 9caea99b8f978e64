package dev.tidings.enrichment.segment;

import dev.tidings.events.Segments;
import java.util.Objects;

/**
 * A submitted page split into the story it is about and the rest of what the page showed.
 *
 * @param mainStory the article's body, verbatim from the page except for the trailing parts that
 *     were cut off; every later offset indexes into it
 * @param segments the related-story links and teasers of other stories found after it
 */
public record SegmentedPage(String mainStory, Segments segments) {
    public SegmentedPage {
        Objects.requireNonNull(mainStory, "mainStory");
        segments = segments == null ? Segments.NONE : segments;
    }
}
