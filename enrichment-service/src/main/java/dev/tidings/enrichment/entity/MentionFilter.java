package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what the CRF tags now and then but is never a name: pronouns and function words ("he" as a
 * person, "the" as a place), lone determiners, and anything written without a capital letter.
 *
 * <p>A word is matched in lower case or capitalised only, so that "US" stays a place while "us" and
 * "Us" go. Other languages have their own function words ("er", "il", "él", "他"); there the CRF's
 * MISC names (events, works, nationalities), found for the fixes to use, are dropped here too, as
 * the English tagger drops its own; and a name needs no capital: German news writes "dpa" and
 * "n-tv", and Chinese has no capitals.
 */
final class MentionFilter {

    /** The function words of the other languages, by ISO code. */
    private static final Map<String, Set<String>> OTHER_LANGUAGES = Map.of(
            "de",
            Set.of(
                    "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "mich", "mir", "ihn", "ihm", "uns", "euch",
                    "ihnen", "sein", "seine", "ihre", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
                    "einem", "einer", "dies", "diese", "dieser", "dieses", "jeder", "alle", "und", "oder", "aber", "in",
                    "im", "am", "an", "auf", "mit", "von", "vom", "zu", "zum", "zur", "für", "bei", "nach", "aus",
                    "herr", "frau"),
            "fr",
            Set.of(
                    "je",
                    "tu",
                    "il",
                    "elle",
                    "on",
                    "nous",
                    "vous",
                    "ils",
                    "elles",
                    "lui",
                    "leur",
                    "le",
                    "la",
                    "les",
                    "l'",
                    "l’",
                    "un",
                    "une",
                    "des",
                    "du",
                    "de",
                    "d'",
                    "d’",
                    "et",
                    "ou",
                    "mais",
                    "à",
                    "au",
                    "aux",
                    "en",
                    "dans",
                    "sur",
                    "pour",
                    "par",
                    "avec",
                    "ce",
                    "cet",
                    "cette",
                    "ces",
                    "son",
                    "sa",
                    "ses",
                    "m.",
                    "mme",
                    "mlle",
                    "monsieur",
                    "madame"),
            "es",
            Set.of(
                    "yo",
                    "tú",
                    "él",
                    "ella",
                    "usted",
                    "nosotros",
                    "vosotros",
                    "ellos",
                    "ellas",
                    "ustedes",
                    "le",
                    "les",
                    "el",
                    "la",
                    "lo",
                    "los",
                    "las",
                    "un",
                    "una",
                    "unos",
                    "unas",
                    "de",
                    "del",
                    "y",
                    "o",
                    "pero",
                    "en",
                    "a",
                    "al",
                    "con",
                    "por",
                    "para",
                    "este",
                    "esta",
                    "ese",
                    "esa",
                    "su",
                    "sus",
                    "sr.",
                    "sra.",
                    "señor",
                    "señora",
                    "don",
                    "doña"),
            "zh",
            Set.of("我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "她们", "它们", "这", "那", "这里", "那里"));

    private final Set<String> otherLanguageWords;
    private final boolean namesNeedCapitals;
    private final boolean keepsMisc;

    /** The English filter. */
    MentionFilter() {
        this(NerLanguage.ENGLISH);
    }

    MentionFilter(NerLanguage language) {
        this.otherLanguageWords = OTHER_LANGUAGES.getOrDefault(language.code(), Set.of());
        this.namesNeedCapitals = language == NerLanguage.ENGLISH;
        // English MISC mentions are the demonyms DemonymFix made; other languages' are the CRF's own.
        this.keepsMisc = language == NerLanguage.ENGLISH;
    }

    private static final Set<String> NEVER_A_NAME = Set.of(
            "i",
            "me",
            "my",
            "mine",
            "myself",
            "you",
            "your",
            "yours",
            "he",
            "him",
            "his",
            "himself",
            "she",
            "her",
            "hers",
            "herself",
            "it",
            "its",
            "itself",
            "we",
            "us",
            "our",
            "ours",
            "they",
            "them",
            "their",
            "theirs",
            "themselves",
            "this",
            "that",
            "these",
            "those",
            "who",
            "whom",
            "whose",
            "which",
            "what",
            "the",
            "a",
            "an",
            "some",
            "any",
            "each",
            "every",
            "all",
            "both",
            "no",
            "and",
            "or",
            "but",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "with",
            "by",
            "from",
            "as",
            "mr",
            "mrs",
            "ms",
            "dr",
            "sir");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    List<EntityMention> apply(List<EntityMention> mentions) {
        if (keepsMisc && otherLanguageWords.isEmpty()) {
            return mentions.stream().filter(mention -> isName(mention.text())).toList();
        }
        return mentions.stream()
                .filter(mention -> keepsMisc || mention.type() != EntityType.MISC)
                .filter(mention -> !namesNeedCapitals || isName(mention.text()))
                .filter(mention -> !isOtherLanguageFunctionWord(mention.text()))
                .toList();
    }

    private boolean isOtherLanguageFunctionWord(String surface) {
        for (String word : SPACES.split(surface.strip())) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.isEmpty()
                    || !word.substring(1).equals(lower.substring(1))
                    || !otherLanguageWords.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a surface text can be a name at all. */
    static boolean isName(String surface) {
        // English writes names with a capital (or in a script without case): "said" tagged on its own
        // is the CRF's mistake.
        if (surface.codePoints().noneMatch(c -> Character.isLetter(c) && !Character.isLowerCase(c))) {
            return false;
        }
        for (String word : SPACES.split(surface.strip())) {
            if (!isNeverAName(word)) {
                return true;
            }
        }
        return false;
    }

    /** A pronoun, determiner, preposition or title, lower case or capitalised. */
    static boolean isNeverAName(String word) {
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        // Only the first letter may be upper case: "He" and "he", but not "US".
        boolean lowerOrCapitalised = word.substring(1).equals(lower.substring(1));
        return lowerOrCapitalised && NEVER_A_NAME.contains(lower);
    }
}
