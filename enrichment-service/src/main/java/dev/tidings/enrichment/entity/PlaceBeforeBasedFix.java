package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * "Washington-based", "Hong Kong-based": the capitalised words before "-based" are a place. The CRF
 * sometimes tags them as an organisation, or runs one organisation across the whole phrase
 * ("Washington-based Hudson Institute"); this makes the place a LOCATION of its own and leaves what
 * follows "-based" to the mention it belonged to.
 */
final class PlaceBeforeBasedFix implements MentionFix {

    private static final String BASED = "-based";
    /** "New York", "Hong Kong", "Rio de Janeiro" are as long as places before "-based" get. */
    private static final int MAX_WORDS = 3;

    @Override
    public List<EntityMention> apply(String text, List<EntityMention> mentions) {
        List<EntityMention> result = mentions;
        int at = text.indexOf(BASED);
        while (at >= 0) {
            int basedEnd = at + BASED.length();
            int placeStart = MentionSpans.isWordCharAt(text, basedEnd) ? -1 : placeStart(text, at);
            if (placeStart >= 0) {
                result = fix(text, result, placeStart, at, basedEnd);
            }
            at = text.indexOf(BASED, basedEnd);
        }
        return result;
    }

    private static List<EntityMention> fix(
            String text, List<EntityMention> mentions, int placeStart, int placeEnd, int basedEnd) {
        List<EntityMention> result = new ArrayList<>(mentions.size() + 2);
        for (EntityMention mention : mentions) {
            if (!mention.overlaps(placeStart, basedEnd)) {
                result.add(mention);
                continue;
            }
            // What the mention ran on into after "-based " is still its own name.
            int rest = basedEnd;
            while (rest < mention.end() && Character.isWhitespace(text.charAt(rest))) {
                rest++;
            }
            if (rest < mention.end() && Character.isUpperCase(text.charAt(rest))) {
                result.add(EntityMention.of(text, mention.type(), rest, mention.end()));
            }
        }
        return MentionSpans.replaceOverlapping(
                result, EntityMention.of(text, EntityType.LOCATION, placeStart, placeEnd));
    }

    /** Where the run of capitalised words that ends at {@code end} starts, or -1 without one. */
    static int placeStart(String text, int end) {
        int start = -1;
        int wordEnd = end;
        for (int words = 0; words < MAX_WORDS; words++) {
            int wordStart = wordEnd;
            while (wordStart > 0 && isNameChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd
                    || !Character.isUpperCase(text.charAt(wordStart))
                    || MentionFilter.isNeverAName(text.substring(wordStart, wordEnd))) {
                break;
            }
            start = wordStart;
            // Words of one name are separated by one space, never by a line break or punctuation.
            if (wordStart < 2 || text.charAt(wordStart - 1) != ' ') {
                break;
            }
            wordEnd = wordStart - 1;
        }
        return start;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’';
    }
}
