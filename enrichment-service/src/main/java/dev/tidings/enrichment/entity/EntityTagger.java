package dev.tidings.enrichment.entity;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;
import java.util.List;

/**
 * Tags the people, organisations and places of the main story.
 *
 * <p>Only on English text: the CRF is an English model, and on other languages it tags capitalised
 * common words as names. An article in another language, or of undetermined language, gets no
 * entities rather than wrong ones.
 */
public final class EntityTagger implements Tagger {

    static final String ENGLISH = "en";

    private final EntityMentionFinder finder;
    private final EntityGrouper grouper;

    public EntityTagger() {
        this(new EntityMentionFinder(), new EntityGrouper());
    }

    EntityTagger(EntityMentionFinder finder, EntityGrouper grouper) {
        this.finder = finder;
        this.grouper = grouper;
    }

    @Override
    public String name() {
        return "entity";
    }

    @Override
    public void tag(ArticleDocument document) {
        if (!document.isInLanguage(ENGLISH)) {
            document.setEntities(List.of());
            return;
        }
        List<EntityMention> mentions = finder.find(document.body());
        document.setEntities(
                grouper.group(mentions, document.title(), document.body().length()));
    }
}
