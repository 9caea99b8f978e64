package dev.tidings.enrichment.quote;

import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import dev.tidings.events.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** Titles before a name: "President William Lai" is William Lai. */
    private static final Set<String> TITLES = Set.of(
            "president",
            "vice",
            "prime",
            "minister",
            "secretary",
            "senator",
            "sen.",
            "rep.",
            "representative",
            "governor",
            "gov.",
            "mayor",
            "general",
            "gen.",
            "admiral",
            "chancellor",
            "premier",
            "ambassador",
            "director",
            "chairman",
            "chairwoman",
            "chair",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "mr",
            "mr.",
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "dr",
            "dr.",
            "prof.",
            "professor",
            "judge",
            "justice",
            "king",
            "queen",
            "prince",
            "princess",
            "pope",
            "cardinal",
            "bishop",
            "rev.",
            "sir",
            "dame",
            "lord",
            "lady",
            "chief",
            "commissioner",
            "deputy",
            "foreign",
            "defence",
            "defense",
            "state",
            "council",
            "envoy",
            "leader");

    /** Words that start a noun phrase but not a name: lower-cased when they start the speaker. */
    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "one", "two", "three", "several", "many", "some",
            "most", "other", "another", "his", "her", "its", "their", "our", "both", "all");

    /** Words that often open a sentence before a name: "Yesterday Miller said", "Later Miller added". */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "yesterday",
            "today",
            "then",
            "but",
            "and",
            "when",
            "after",
            "before",
            "meanwhile",
            "however",
            "also",
            "later",
            "earlier",
            "in",
            "on",
            "at",
            "as",
            "while",
            "still",
            "now",
            "there",
            "here");

    /** Lower-case words inside names: "Pieter de Vries", "Ahmed bin Salem". As a regex alternation. */
    static final String NAME_PARTICLES = "de|del|della|der|den|van|von|da|di|du|dos|das|la|le|al|el|bin|ibn|ben";

    private static final Set<String> PARTICLES = Set.of(NAME_PARTICLES.split("\\|"));

    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*");

    private final String text;
    private final List<Entity> candidates;
    private final Map<String, String> fullNames = new HashMap<>();

    SpeakerResolver(String text, List<Entity> entities) {
        this.text = text;
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
        if (isName(name)) {
            return new Speaker(fullName(name, before), null);
        }
        return new Speaker(lowerCaseDeterminer(name), null);
    }

    /** True when every word is capitalised: a name rather than a noun phrase such as "the report". */
    static boolean isName(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean particle = i > 0 && i < words.length - 1 && PARTICLES.contains(word);
            if (!particle
                    && (!NAME_TOKEN.matcher(word).matches() || DETERMINERS.contains(word.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return !words[0].isEmpty();
    }

    static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    private Entity entityMentionedAt(int start, int end) {
        for (Entity entity : candidates) {
            for (Mention mention : entity.mentions()) {
                if (mention.start() < end && start < mention.end()) {
                    return entity;
                }
            }
        }
        return null;
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
            if (!candidate.equals(name) && isName(candidate)) {
                return candidate;
            }
        }
        return name;
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
        return SENTENCE_OPENERS.contains(lower)
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
     * Council Minister Chiu Chui-cheng" is Chiu Chui-cheng. Only a capitalised title before a name
     * counts, so "the state council" stays what it is.
     */
    private static String withoutTitles(String phrase) {
        String[] words = phrase.split("\\s+");
        for (int title = words.length - 2; title >= 0; title--) {
            boolean isTitle = TITLES.contains(words[title].toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(words[title].charAt(0));
            if (isTitle) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, title + 1, words.length));
                return isName(rest) ? rest : phrase;
            }
        }
        return phrase;
    }

    private static String lowerCaseDeterminer(String phrase) {
        int space = phrase.indexOf(' ');
        String first = space < 0 ? phrase : phrase.substring(0, space);
        if (DETERMINERS.contains(first.toLowerCase(Locale.ROOT))) {
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
