package dev.tidings.enrichment.quote;

import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import dev.tidings.events.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the words that name a speaker ("Miller", "the report", "President William Lai") into a
 * {@link Speaker}: the article's PERSON or ORGANIZATION entity when one matches, else the phrase.
 *
 * <p>News names a person in full once and by surname after that, so "Miller" matches the entity
 * "John Miller". Without entities (or when the entity tagger missed the name) a surname is still
 * expanded to the full name the text used earlier, so the same person keeps one name.
 *
 * <p>Built per article (it holds that article's text and entities); used on one thread.
 */
final class SpeakerResolver {

    /** Lower-case words inside names: "Pieter de Vries", "Ahmed bin Salem". As a regex alternation. */
    static final String NAME_PARTICLES = "de|del|della|der|den|van|von|da|di|du|dos|das|la|le|al|el|bin|ibn|ben";

    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*");

    /** A Chinese name after a title: two to four characters, or a transcribed name with its dot. */
    private static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]+[·•][\\p{IsHan}]+");

    private final String text;
    private final QuoteLanguage language;
    private final List<Entity> candidates;
    private final Map<String, String> fullNames = new HashMap<>();
    /** Chinese names found after a title ("发言人李明华"): names, though nothing capitalises them. */
    private final Set<String> namesAfterTitles = new HashSet<>();

    /** A person named in the text, and where. */
    record NamedPerson(int start, Speaker speaker) {}

    SpeakerResolver(String text, List<Entity> entities, QuoteLanguage language) {
        this.text = text;
        this.language = language;
        List<Entity> people = new ArrayList<>();
        for (Entity entity : entities == null ? List.<Entity>of() : entities) {
            if (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION) {
                people.add(entity);
            }
        }
        this.candidates = people;
    }

    /**
     * The speaker named by {@code phrase}, found at {@code [start, end)} of the text.
     *
     * @param before offset of the quote, so that a surname resolves to the person named before it
     */
    Speaker resolve(String phrase, int start, int end, int before) {
        Entity overlapping = entityMentionedAt(start, end);
        if (overlapping != null) {
            return new Speaker(overlapping.name(), overlapping.id());
        }
        String name = withoutTitles(phrase.strip());
        Entity named = entityNamed(name, before);
        if (named != null) {
            return new Speaker(named.name(), named.id());
        }
        if (namesAfterTitles.contains(name)) {
            return new Speaker(name, null);
        }
        if (isName(name)) {
            return new Speaker(fullName(name, before), null);
        }
        return new Speaker(lowerCaseDeterminer(name), null);
    }

    /** Whether a speaker is someone named (an entity, or a name), so that a later pronoun may stand for them. */
    boolean isNamed(Speaker speaker) {
        return speaker.entityId() != null || namesAfterTitles.contains(speaker.name()) || isName(speaker.name());
    }

    /** True when every word is capitalised: a name rather than a noun phrase such as "the report". */
    boolean isName(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean particle = i > 0 && i < words.length - 1 && isParticle(word);
            if (!particle
                    && (!NAME_TOKEN.matcher(word).matches()
                            || language.determiners.contains(word.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return !words[0].isEmpty();
    }

    boolean isParticle(String word) {
        return language.nameParticles.contains(word);
    }

    /**
     * The entity mentioned in {@code [start, end)}: where the language says so, a person before an
     * organisation ("外交部发言人李明华" is 李明华, not the ministry) and of those the one mentioned last,
     * nearest the verb; else the first of the article's entities mentioned there.
     */
    private Entity entityMentionedAt(int start, int end) {
        if (!language.personBeforeOrganisation) {
            for (Entity entity : candidates) {
                for (Mention mention : entity.mentions()) {
                    if (mention.start() < end && start < mention.end()) {
                        return entity;
                    }
                }
            }
            return null;
        }
        Entity best = null;
        int bestStart = -1;
        boolean bestIsPerson = false;
        for (Entity entity : candidates) {
            boolean person = entity.type() == EntityType.PERSON;
            for (Mention mention : entity.mentions()) {
                boolean overlaps = mention.start() < end && start < mention.end();
                boolean better = best == null
                        || (person && !bestIsPerson)
                        || (person == bestIsPerson && mention.start() > bestStart);
                if (overlaps && better) {
                    best = entity;
                    bestStart = mention.start();
                    bestIsPerson = person;
                }
            }
        }
        return best;
    }

    /** Whether an entity of the article has this name, alias, mention or surname. */
    boolean namesSomeone(String name) {
        return entityNamed(name, Integer.MAX_VALUE) != null;
    }

    /** An entity whose name, alias or mention is the phrase, or a person whose surname it is. */
    private Entity entityNamed(String name, int before) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Entity entity : candidates) {
            if (entity.name().equalsIgnoreCase(name) || containsIgnoreCase(entity.aliases(), name)) {
                return entity;
            }
            for (Mention mention : entity.mentions()) {
                if (mention.text().equalsIgnoreCase(name)) {
                    return entity;
                }
            }
        }
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity entity : candidates) {
            String full = entity.name().toLowerCase(Locale.ROOT);
            if (entity.type() == EntityType.PERSON && full.endsWith(" " + wanted)) {
                int distance = distanceBefore(entity, before);
                if (best == null || distance < bestDistance) {
                    best = entity;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** How far before the quote the entity was last mentioned; large when only after it. */
    private static int distanceBefore(Entity entity, int before) {
        int distance = Integer.MAX_VALUE;
        for (Mention mention : entity.mentions()) {
            if (mention.start() <= before) {
                distance = Math.min(distance, before - mention.start());
            }
        }
        return distance;
    }

    /**
     * "Miller" becomes "John Miller" when the text named "John Miller" before: the one or two
     * capitalised words right before the surname, not counting titles, nor a sentence's first word
     * that is an ordinary word ("Yesterday Miller said").
     */
    private String fullName(String name, int before) {
        if (name.indexOf(' ') >= 0) {
            return name;
        }
        // Each lookup scans the text; a story quotes the same people again and again.
        return fullNames.computeIfAbsent(name, surname -> findFullName(surname, before));
    }

    private String findFullName(String name, int before) {
        Pattern fuller = Pattern.compile("((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s){1,2})" + Pattern.quote(name) + "\\b");
        Matcher matcher = fuller.matcher(text);
        matcher.region(0, Math.min(text.length(), before));
        while (matcher.find()) {
            String candidate = withoutTitles(matcher.group().strip());
            if (startsSentence(matcher.start())
                    && isOrdinaryWord(
                            candidate.substring(0, candidate.indexOf(' ') + 1).strip())) {
                candidate = candidate.substring(candidate.indexOf(' ') + 1);
            }
            if (!candidate.equals(name) && isName(candidate) && !crossesSentenceEnd(candidate)) {
                return candidate;
            }
        }
        return name;
    }

    /**
     * "Stück. Kritiker": a word with a dot that is no initial or abbreviation ended the sentence
     * before the name, where the language says so (English keeps the rule it was measured with).
     */
    private boolean crossesSentenceEnd(String candidate) {
        if (!language.namesStopAtSentenceEnds) {
            return false;
        }
        String[] words = candidate.split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            String word = words[i];
            if (word.endsWith(".")) {
                String bare = word.substring(0, word.length() - 1);
                boolean initial = bare.length() == 1;
                if (!initial && !language.abbreviations.contains(bare) && !isTitle(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The last PERSON entity mentioned before an offset. */
    Optional<Speaker> lastPersonBefore(int before) {
        Entity closest = null;
        int closestStart = -1;
        for (Entity entity : candidates) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                if (mention.end() <= before && mention.start() > closestStart) {
                    closest = entity;
                    closestStart = mention.start();
                }
            }
        }
        return closest == null ? Optional.empty() : Optional.of(new Speaker(closest.name(), closest.id()));
    }

    /** The PERSON entities' mentions in {@code [from, to)}, in text order. */
    List<NamedPerson> personsMentioned(int from, int to) {
        List<NamedPerson> persons = new ArrayList<>();
        for (Entity entity : candidates) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention mention : entity.mentions()) {
                if (mention.start() >= from && mention.end() <= to) {
                    persons.add(new NamedPerson(mention.start(), new Speaker(entity.name(), entity.id())));
                }
            }
        }
        persons.sort(Comparator.comparingInt(NamedPerson::start));
        return persons;
    }

    /**
     * A capitalised word that the text also uses in lower case, or a usual sentence opener: "Officials"
     * or "Yesterday", not a name.
     */
    boolean isOrdinaryWord(String word) {
        if (word.indexOf(' ') >= 0) {
            return false;
        }
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return language.sentenceOpeners.contains(lower)
                || Pattern.compile("(?<![\\p{L}])" + Pattern.quote(lower) + "(?![\\p{L}])")
                        .matcher(text)
                        .find();
    }

    private boolean startsSentence(int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?\n\"“”".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * The name after the last title: "President William Lai" is William Lai, and "Mainland Affairs
     * Council Minister Chiu Chui-cheng" is Chiu Chui-cheng. In English and German only a capitalised
     * title counts, so "the state council" stays what it is; French and Spanish write titles in lower
     * case ("le docteur Marc Delorme"). In Chinese the name follows its title without a space
     * ("外交部发言人李明华" is 李明华).
     */
    private String withoutTitles(String phrase) {
        if (language.unspaced) {
            return withoutChineseTitle(phrase);
        }
        String[] words = phrase.split("\\s+");
        for (int title = words.length - 2; title >= 0; title--) {
            if (isTitle(words[title])) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, title + 1, words.length));
                return isName(rest) ? rest : phrase;
            }
        }
        return phrase;
    }

    private boolean isTitle(String word) {
        if (word.isEmpty() || (!language.lowerCaseTitles && !Character.isUpperCase(word.charAt(0)))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (language.titles.contains(lower)) {
            return true;
        }
        for (String ending : language.titleEndings) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private String withoutChineseTitle(String phrase) {
        int after = -1;
        for (String title : language.titles) {
            int at = phrase.lastIndexOf(title);
            if (at >= 0 && at + title.length() > after) {
                after = at + title.length();
            }
        }
        if (after < 0) {
            return phrase;
        }
        String name = phrase.substring(after);
        if (CHINESE_NAME.matcher(name).matches()) {
            namesAfterTitles.add(name);
            return name;
        }
        return phrase;
    }

    private String lowerCaseDeterminer(String phrase) {
        int space = phrase.indexOf(' ');
        String first = space < 0 ? phrase : phrase.substring(0, space);
        if (language.determiners.contains(first.toLowerCase(Locale.ROOT))) {
            return first.toLowerCase(Locale.ROOT) + (space < 0 ? "" : phrase.substring(space));
        }
        return phrase;
    }

    private static boolean containsIgnoreCase(List<String> values, String wanted) {
        for (String value : values) {
            if (value.equalsIgnoreCase(wanted)) {
                return true;
            }
        }
        return false;
    }
}
