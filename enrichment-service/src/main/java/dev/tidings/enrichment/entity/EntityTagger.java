package dev.tidings.enrichment.entity;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;
import java.util.List;

/**
 * Tags the people, organisations and places of the main story, each once, with all its mentions.
 * In this order:
 *
 * <ol>
 *   <li>{@link EntityMentionFinder}: the CRF's names, with exact offsets;
 *   <li>{@link KnownErrorFixes}: corrections of the CRF's known mistakes ("Washington-based",
 *       "Hong Kongers", "Office to Monitor …", "St Peter’s Basilica");
 *   <li>{@link MentionFilter}: drops pronouns and function words ("he", "the");
 *   <li>{@link EntityGrouper}: one entity per person, organisation or place, linking acronyms,
 *       native-script names and short names, ranked by salience.
 * </ol>
 *
 * <p>Only on English text: the CRF is an English model, and on other languages it tags capitalised
 * common words as names. An article in another language, or of undetermined language, gets no
 * entities rather than wrong ones.
 */
public final class EntityTagger implements Tagger {

    static final String ENGLISH = "en";

    private final EntityMentionFinder finder;
    private final KnownErrorFixes fixes = new KnownErrorFixes();
    private final MentionFilter filter = new MentionFilter();
    private final EntityGrouper grouper = new EntityGrouper();

    public EntityTagger() {
        this(new EntityMentionFinder());
    }

    EntityTagger(EntityMentionFinder finder) {
        this.finder = finder;
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
        String body = document.body();
        List<EntityMention> mentions = finder.find(body);
        mentions = fixes.apply(body, mentions);
        mentions = filter.apply(mentions);
        document.setEntities(grouper.group(body, document.title(), mentions));
    }
}
