package dev.tidings.enrichment.entity;

import dev.tidings.enrichment.link.EntityLinker;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;
import dev.tidings.events.Entity;
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
 *       native-script names and short names, ranked by salience;
 *   <li>{@link EntityLinker}: the Wikipedia page of each, where one is found; entities on one page
 *       become one, with the page as id.
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
    private final EntityLinker linker;

    public EntityTagger() {
        this(new EntityMentionFinder(), new EntityLinker());
    }

    EntityTagger(EntityMentionFinder finder, EntityLinker linker) {
        this.finder = finder;
        this.linker = linker;
    }

    /** The tagger as it was before linking: slug ids only (the evaluation's baseline). */
    public static EntityTagger withoutLinking() {
        return new EntityTagger(new EntityMentionFinder(), null);
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
        List<Entity> entities = grouper.group(body, document.title(), mentions);
        // Linking (its own package): Wikipedia pages, ids from them, one entity per page.
        document.setEntities(linker == null ? entities : linker.link(body, document.title(), entities));
    }
}
