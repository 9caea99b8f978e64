package dev.tidings.enrichment.entity;

import dev.tidings.enrichment.link.EntityLinker;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.pipeline.Tagger;
import dev.tidings.events.Entity;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Tags the people, organisations and places of the main story, each once, with all its mentions.
 * In this order:
 *
 * <ol>
 *   <li>{@link EntityMentionFinder}: the CRF of the article's language, with exact offsets;
 *   <li>{@link KnownErrorFixes}: corrections of that CRF's known mistakes ("Washington-based",
 *       "Hong Kongers", "Office to Monitor …", "St Peter’s Basilica", "Wiener Linien");
 *   <li>{@link MentionFilter}: drops pronouns and function words ("he", "the", "er");
 *   <li>{@link EntityGrouper}: one entity per person, organisation or place, linking acronyms,
 *       native-script names and short names, ranked by salience;
 *   <li>{@link EntityLinker}: the Wikipedia page of each, where one is found; entities on one page
 *       become one, with the page as id.
 * </ol>
 *
 * <p>Only in the languages it has a model for ({@link NerLanguage}: English, German, French,
 * Spanish, Chinese), chosen by {@value #LANGUAGES_KEY} and present in the build: each CRF tags
 * capitalised common words of other languages as names. An article in another language, or of
 * undetermined language, gets no entities rather than wrong ones, and {@code coverage.entities}
 * says so.
 */
public final class EntityTagger implements Tagger {

    /** The languages to load models for, e.g. {@code en,de}; all five when unset. */
    public static final String LANGUAGES_KEY = "tidings.enrichment.entity-languages";

    static final String ENGLISH = "en";

    private static final Logger LOG = Logger.getLogger(EntityTagger.class);

    /** Wikipedia pages for the entities, or null for slug ids only. */
    private final EntityLinker linker;

    private final Map<String, LanguageEntities> languages;

    /** The configured languages whose models the build holds; their models load in parallel. */
    public EntityTagger() {
        this(availableOf(configuredLanguages()), new EntityLinker());
    }

    /** The given languages (their models must be on the classpath), without linking. */
    public EntityTagger(Collection<NerLanguage> languages) {
        this(languages, null);
    }

    /** The given languages, linked to Wikipedia pages by {@code linker} unless it is null. */
    public EntityTagger(Collection<NerLanguage> languages, EntityLinker linker) {
        Map<String, LanguageEntities> loaded = new LinkedHashMap<>();
        // Each language's models load on their own (the Chinese segmenter alone takes seconds), so
        // loading them side by side shortens the start by the time of all but the slowest.
        languages.parallelStream()
                .map(language -> new LanguageEntities(new EntityMentionFinder(language)))
                .toList()
                .forEach(entities -> loaded.put(entities.language().code(), entities));
        this.languages = Map.copyOf(loaded);
        this.linker = linker;
    }

    /** The configured languages without linking: slug ids only (the evaluation's baseline). */
    public static EntityTagger withoutLinking() {
        return new EntityTagger(availableOf(configuredLanguages()), null);
    }

    @Override
    public String name() {
        return "entity";
    }

    /** The ISO codes of the languages this tagger tags. */
    public Set<String> languages() {
        return languages.keySet();
    }

    @Override
    public void tag(ArticleDocument document) {
        LanguageEntities language = languages.get(document.language().code());
        if (language == null) {
            return;
        }
        String body = document.body();
        List<Entity> entities = language.grouper().group(body, document.title(), language.find(body));
        // Linking (its own package): English Wikipedia pages, ids from them, one entity per page.
        // Names are written alike in the Latin-script languages ("Angela Merkel", "Wiener Linien"),
        // so their articles share ids with English ones; Chinese names are not in the table.
        boolean linked = linker != null && language.language() != NerLanguage.CHINESE;
        document.setEntities(linked ? linker.link(body, document.title(), entities) : entities);
    }

    /** The languages {@value #LANGUAGES_KEY} names, all of them when it is not set. */
    static List<NerLanguage> configuredLanguages() {
        String codes = ConfigProvider.getConfig()
                .getOptionalValue(LANGUAGES_KEY, String.class)
                .orElse("en,de,fr,es,zh");
        return NerLanguage.parse(codes);
    }

    private static List<NerLanguage> availableOf(List<NerLanguage> configured) {
        for (NerLanguage language : configured) {
            if (!language.isAvailable()) {
                // The Chinese models come only with the build's "chinese" profile (README, "Build").
                LOG.warnf(
                        "No entity model for '%s' in this build: its articles get no entities (coverage.entities=false)",
                        language.code());
            }
        }
        return configured.stream().filter(NerLanguage::isAvailable).toList();
    }

    /** One language's finder, fixes, filter and grouper: everything that depends on the language. */
    private record LanguageEntities(
            EntityMentionFinder finder, KnownErrorFixes fixes, MentionFilter filter, EntityGrouper grouper) {
        LanguageEntities(EntityMentionFinder finder) {
            this(
                    finder,
                    new KnownErrorFixes(finder.language()),
                    new MentionFilter(finder.language()),
                    new EntityGrouper(finder.language().nameTitles()));
        }

        NerLanguage language() {
            return finder.language();
        }

        List<EntityMention> find(String body) {
            List<EntityMention> mentions = finder.find(body);
            mentions = fixes.apply(body, mentions);
            return filter.apply(mentions);
        }
    }
}
