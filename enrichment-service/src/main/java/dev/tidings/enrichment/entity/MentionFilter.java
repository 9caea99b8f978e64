package dev.tidings.enrichment.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what the CRF tags now and then but is never a name: pronouns and function words ("he" as a
 * person, "the" as a place), lone determiners, and anything written without a capital letter.
 *
 * <p>A word is matched in lower case or capitalised only, so that "US" stays a place while "us" and
 * "Us" go.
 */
final class MentionFilter {

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
        return mentions.stream().filter(mention -> isName(mention.text())).toList();
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
