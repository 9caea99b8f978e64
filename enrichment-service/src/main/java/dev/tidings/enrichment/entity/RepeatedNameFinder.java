package dev.tidings.enrichment.entity;

import dev.tidings.events.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name the CRF tagged once is the same name where it did not: every other place the body writes
 * an entity's full name of two or more words, or a person's family name (the first word of an East
 * Asian name, see {@link ShortNameLinker}, else the last), becomes a mention of that
 * entity. The CRF judges each sentence alone and misses a name in a sentence that gives it little
 * context ("Parnevik, who …", "Blunt said").
 *
 * <p>Only text no other mention covers, only whole words with the same capitals, and a family name
 * only when it belongs to one person of the article. A family name that opens a sentence and is
 * also written in lower case in the article ("Cotton prices …") is taken for the common word. A
 * name alone in quotation marks is cited, not used ("an older name for "Caribbean Sea"", a ship
 * or a film called "Miller"): the CRF left it untagged, and it stays so.
 */
final class RepeatedNameFinder {

    /** Shorter family names are too often something else ("Li", "Ma", "He"). */
    private static final int MIN_FAMILY_NAME_LENGTH = 3;

    private static final String OPENING_QUOTES = "\"“‘'«";
    private static final String CLOSING_QUOTES = "\"”’'»";

    void link(ArticleEntities entities) {
        String body = entities.body();
        Map<String, EntityCluster> familyNames = new HashMap<>();
        Set<String> sharedFamilyNames = new HashSet<>();
        for (EntityCluster cluster : entities.clusters()) {
            for (String name : cluster.fullNames()) {
                if (name.indexOf(' ') > 0) {
                    for (int start : entities.occurrences(name)) {
                        if (entities.isFree(start, start + name.length())
                                && !isQuotedAlone(body, start, start + name.length())) {
                            entities.claim(start, start + name.length(), cluster);
                        }
                    }
                }
                if (cluster.type() == EntityType.PERSON && name.indexOf(' ') > 0) {
                    String[] words = name.split(" ");
                    String family = ShortNameLinker.isEastAsian(cluster, words) ? words[0] : words[words.length - 1];
                    if (family.length() >= MIN_FAMILY_NAME_LENGTH && !MentionFilter.isNeverAName(family)) {
                        EntityCluster other = familyNames.putIfAbsent(family, cluster);
                        if (other != null && other != cluster) {
                            // Two people with one family name: "Miller" alone could be either.
                            sharedFamilyNames.add(family);
                        }
                    }
                }
            }
        }
        familyNames.forEach((family, person) -> {
            if (sharedFamilyNames.contains(family) || !entities.contains(person)) {
                return;
            }
            List<Integer> starts = entities.occurrences(family);
            for (int start : starts) {
                int end = start + family.length();
                if (entities.isFree(start, end)
                        && !isQuotedAlone(body, start, end)
                        && !(opensSentence(body, start) && isAlsoACommonWord(body, family))) {
                    entities.claim(start, end, person);
                }
            }
        });
    }

    /** Whether the text between {@code start} and {@code end} is all that a pair of quotation marks holds. */
    static boolean isQuotedAlone(String body, int start, int end) {
        int before = start - 1;
        if (before >= 0 && body.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        if (after < body.length() && body.charAt(after) == ' ') {
            after++;
        }
        return before >= 0
                && after < body.length()
                && OPENING_QUOTES.indexOf(body.charAt(before)) >= 0
                && CLOSING_QUOTES.indexOf(body.charAt(after)) >= 0
                && !MentionSpans.isWordCharAt(body, before - 1);
    }

    private static boolean opensSentence(String body, int start) {
        int before = start - 1;
        while (before >= 0
                && (body.charAt(before) == ' ' || body.charAt(before) == '"' || body.charAt(before) == '“')) {
            before--;
        }
        return before < 0 || body.charAt(before) == '\n' || ".!?:".indexOf(body.charAt(before)) >= 0;
    }

    private static boolean isAlsoACommonWord(String body, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int at = body.indexOf(lower);
        while (at >= 0) {
            if (!MentionSpans.isWordCharAt(body, at - 1) && !MentionSpans.isWordCharAt(body, at + lower.length())) {
                return true;
            }
            at = body.indexOf(lower, at + 1);
        }
        return false;
    }
}
