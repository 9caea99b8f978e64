package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The mentions of one entity while an article's mentions are being grouped: the working state of
 * {@link EntityGrouper} and its linkers for one article, never shared between threads.
 */
final class EntityCluster {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final EntityType type;
    /** Titles that are part of a mention but not of the name ("M." of "M. Macron"), see {@link NerLanguage}. */
    private final Set<String> titles;

    private final List<EntityMention> mentions = new ArrayList<>();
    /** Names derived from a full name (acronyms, native-script names): aliases, never the name itself. */
    private final Set<String> derivedNames = new LinkedHashSet<>();
    /** {@link #names()}, kept until a mention is added: linkers ask for it again and again. */
    private Set<String> names;

    EntityCluster(EntityType type) {
        this(type, Set.of());
    }

    EntityCluster(EntityType type, Set<String> titles) {
        this.type = type;
        this.titles = titles;
    }

    EntityType type() {
        return type;
    }

    /** In text order. */
    List<EntityMention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    void remove(EntityMention mention) {
        mentions.remove(mention);
        names = null;
    }

    /** Adds a mention, as a mention of this entity's type, keeping text order. */
    void add(EntityMention mention) {
        EntityMention typed = mention.type() == type ? mention : mention.withType(type);
        int at = mentions.size();
        while (at > 0 && MentionSpans.TEXT_ORDER.compare(mentions.get(at - 1), typed) > 0) {
            at--;
        }
        mentions.add(at, typed);
        names = null;
    }

    /** Takes over all mentions and derived names of {@code other}. */
    void absorb(EntityCluster other) {
        other.mentions.forEach(this::add);
        derivedNames.addAll(other.derivedNames);
    }

    void addDerivedName(String name) {
        derivedNames.add(name);
    }

    boolean isDerivedName(String name) {
        return derivedNames.contains(name);
    }

    int firstStart() {
        return mentions.get(0).start();
    }

    /** Every name it goes by in the article, in the order first used. */
    Set<String> names() {
        if (names == null) {
            Set<String> found = new LinkedHashSet<>();
            for (EntityMention mention : mentions) {
                found.add(nameOf(mention, titles));
            }
            names = Collections.unmodifiableSet(found);
        }
        return names;
    }

    /** The names written out in full, not derived from another: the candidates for its name. */
    List<String> fullNames() {
        return names().stream().filter(name -> !derivedNames.contains(name)).toList();
    }

    /** The longest name written out in full, the first such on a tie (a derived one only if there is none). */
    String name() {
        List<String> candidates = fullNames();
        if (candidates.isEmpty()) {
            candidates = List.copyOf(names());
        }
        String longest = candidates.get(0);
        for (String candidate : candidates) {
            if (candidate.codePointCount(0, candidate.length()) > longest.codePointCount(0, longest.length())) {
                longest = candidate;
            }
        }
        return longest;
    }

    /** The other names, in the order first used. */
    List<String> aliases() {
        String name = name();
        return names().stream().filter(alias -> !alias.equals(name)).toList();
    }

    /** The name a mention uses: its words as written, with any run of spaces made one space. */
    static String nameOf(EntityMention mention) {
        return nameOf(mention, Set.of());
    }

    /** The name a mention uses, without a leading title of {@code titles} before a capitalised word. */
    static String nameOf(EntityMention mention, Set<String> titles) {
        String text = spaced(mention.text());
        int space = text.indexOf(' ');
        if (space > 0
                && space + 1 < text.length()
                && titles.contains(text.substring(0, space))
                && Character.isUpperCase(text.charAt(space + 1))) {
            return text.substring(space + 1);
        }
        return text;
    }

    private static String spaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)
                    && (c != ' ' || (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }
}
