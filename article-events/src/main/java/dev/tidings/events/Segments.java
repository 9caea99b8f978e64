package dev.tidings.events;

import java.util.List;

/**
 * What a scraped page holds besides its main story: links to related stories and teasers of other
 * stories. Only the main story (the article's {@code body}) gives the article its tags.
 */
public record Segments(List<RelatedLink> related, List<Teaser> teasers) {
    public static final Segments NONE = new Segments(List.of(), List.of());

    public Segments {
        related = related == null ? List.of() : List.copyOf(related);
        teasers = teasers == null ? List.of() : List.copyOf(teasers);
    }
}
