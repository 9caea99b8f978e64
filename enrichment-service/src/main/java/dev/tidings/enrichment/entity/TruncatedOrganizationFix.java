package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.List;
import java.util.Set;

/**
 * "US State Department's Office to Monitor and Combat Trafficking in Persons": the CRF stops an
 * organisation at "Office" when its name goes on with "to", "for", "of" or "on" and capitalised
 * words. An organisation that ends in such a head word ("Office", "Commission", "Institute", ...)
 * is extended over that tail, up to {@value #MAX_WORDS} words, to its last capitalised word.
 *
 * <p>Weekdays and months end the tail ("the Commission on Monday"). A person or place right after
 * "to" ("the Council to Washington") is a destination, not part of the name; further on, a place is
 * ("… Trafficking in River Basins").
 */
final class TruncatedOrganizationFix implements MentionFix {

    static final int MAX_WORDS = 8;

    private static final Set<String> HEADS = Set.of(
            "Office",
            "Bureau",
            "Commission",
            "Council",
            "Committee",
            "Agency",
            "Department",
            "Ministry",
            "Centre",
            "Center",
            "Institute",
            "Fund");
    private static final Set<String> CONNECTORS = Set.of("to", "for", "of", "on");
    /** Lower-case words inside such names: "Combat Trafficking in Persons", "Office of the President". */
    private static final Set<String> INNER_WORDS = Set.of("and", "of", "for", "in", "on", "to", "the", "&");

    private static final Set<String> NOT_IN_NAMES = Set.of(
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");

    @Override
    public List<EntityMention> apply(String text, List<EntityMention> mentions) {
        List<EntityMention> result = mentions;
        for (EntityMention mention : mentions) {
            if (mention.type() == EntityType.ORGANIZATION && HEADS.contains(lastWord(mention.text()))) {
                int end = extendedEnd(text, mention.end(), mentions);
                if (end > mention.end()) {
                    result = MentionSpans.replaceOverlapping(
                            result, EntityMention.of(text, EntityType.ORGANIZATION, mention.start(), end));
                }
            }
        }
        return result;
    }

    /** Where the name that the CRF ended at {@code end} really ends. */
    private static int extendedEnd(String text, int end, List<EntityMention> mentions) {
        int position = skipSpaces(text, end);
        int connectorEnd = wordEnd(text, position);
        if (position == end || !CONNECTORS.contains(text.substring(position, connectorEnd))) {
            return end;
        }
        boolean destination = text.startsWith("to", position);
        int nameEnd = end;
        position = skipSpaces(text, connectorEnd);
        for (int words = 0; words < MAX_WORDS && position < text.length(); words++) {
            int wordEnd = wordEnd(text, position);
            if (wordEnd == position) {
                break;
            }
            String word = text.substring(position, wordEnd);
            if (Character.isUpperCase(word.charAt(0))) {
                if (NOT_IN_NAMES.contains(word)
                        || (destination && words == 0 && startsPersonOrPlace(mentions, position))) {
                    break;
                }
                if (!cutsAMention(mentions, wordEnd)) {
                    nameEnd = wordEnd;
                }
            } else if (!INNER_WORDS.contains(word)) {
                break;
            }
            int next = skipSpaces(text, wordEnd);
            if (next == wordEnd) {
                break;
            }
            position = next;
        }
        return nameEnd;
    }

    private static boolean startsPersonOrPlace(List<EntityMention> mentions, int position) {
        for (EntityMention mention : mentions) {
            if (mention.start() == position
                    && (mention.type() == EntityType.PERSON || mention.type() == EntityType.LOCATION)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name ending at {@code end} would cut another mention in two. */
    private static boolean cutsAMention(List<EntityMention> mentions, int end) {
        for (EntityMention mention : mentions) {
            if (mention.start() < end && end < mention.end()) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    /** Spaces only: a name does not run on across a line break. */
    private static int skipSpaces(String text, int position) {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
        return position;
    }

    private static int wordEnd(String text, int position) {
        int end = position;
        while (end < text.length()
                && (Character.isLetterOrDigit(text.charAt(end))
                        || text.charAt(end) == '-'
                        || text.charAt(end) == '&')) {
            end++;
        }
        return end;
    }
}
