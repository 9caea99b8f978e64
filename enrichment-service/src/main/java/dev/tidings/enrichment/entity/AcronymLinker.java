package dev.tidings.enrichment.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Mainland Affairs Council (MAC)" and "MAC (Mainland Affairs Council)": the acronym becomes an alias
 * of the entity, and every later "MAC" in the article a mention of it, whether or not the CRF tagged
 * it, and whatever type it gave it.
 *
 * <p>The acronym must abbreviate the name: its capitals are, in order, capitals of the name,
 * starting with the first ("MAC" for Mainland Affairs Council, "UNHCR" for UN High Commissioner for
 * Refugees). The first entity to define an acronym keeps it.
 */
final class AcronymLinker {

    private static final int MAX_LENGTH = 10;

    void link(ArticleEntities entities) {
        String body = entities.body();
        Map<String, EntityCluster> defined = new HashMap<>();
        for (EntityCluster cluster : entities.clusters()) {
            for (EntityMention mention : List.copyOf(cluster.mentions())) {
                int[] after = acronymAfter(body, mention);
                int[] before = acronymBefore(body, mention);
                for (int[] span : new int[][] {after, before}) {
                    if (span != null) {
                        String acronym = body.substring(span[0], span[1]);
                        if (!defined.containsKey(acronym) && abbreviates(acronym, mention.text())) {
                            defined.put(acronym, cluster);
                        }
                    }
                }
            }
        }
        defined.forEach((acronym, cluster) -> {
            if (!entities.contains(cluster)) {
                return;
            }
            cluster.addDerivedName(acronym);
            for (int start : entities.occurrences(acronym)) {
                entities.claim(start, start + acronym.length(), cluster);
            }
        });
    }

    /** The span of "ACR" in "Name (ACR)", or null. */
    private static int[] acronymAfter(String body, EntityMention mention) {
        int open = skipSpaces(body, mention.end());
        if (open >= body.length() || body.charAt(open) != '(') {
            return null;
        }
        int start = skipSpaces(body, open + 1);
        int end = acronymEnd(body, start);
        int close = skipSpaces(body, end);
        return end > start && close < body.length() && body.charAt(close) == ')' ? new int[] {start, end} : null;
    }

    /** The span of "ACR" in "ACR (Name)", or null. */
    private static int[] acronymBefore(String body, EntityMention mention) {
        int open = mention.start() - 1;
        while (open >= 0 && body.charAt(open) == ' ') {
            open--;
        }
        int close = skipSpaces(body, mention.end());
        if (open < 1 || body.charAt(open) != '(' || close >= body.length() || body.charAt(close) != ')') {
            return null;
        }
        int end = open;
        while (end > 0 && body.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && isAcronymChar(body.charAt(start - 1))) {
            start--;
        }
        if (start == end || MentionSpans.isWordCharAt(body, start - 1) || acronymEnd(body, start) != end) {
            return null;
        }
        return new int[] {start, end};
    }

    private static int acronymEnd(String body, int start) {
        int end = start;
        while (end < body.length() && end - start < MAX_LENGTH && isAcronymChar(body.charAt(end))) {
            end++;
        }
        if (end == start || !Character.isUpperCase(body.charAt(start)) || MentionSpans.isWordCharAt(body, end)) {
            return start;
        }
        return end;
    }

    private static boolean isAcronymChar(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '&' || c == '.' || c == '-';
    }

    /** Whether the capitals of {@code acronym} are, in order, capitals of {@code name}, from its first. */
    static boolean abbreviates(String acronym, String name) {
        String letters = acronym.codePoints()
                .filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        String capitals = name.codePoints()
                .filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (letters.length() < 2 || capitals.isEmpty() || letters.charAt(0) != capitals.charAt(0)) {
            return false;
        }
        if (acronym.equals(name) || capitals.equals(name)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < letters.length(); i++) {
            at = capitals.indexOf(letters.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static int skipSpaces(String body, int position) {
        while (position < body.length() && body.charAt(position) == ' ') {
            position++;
        }
        return position;
    }
}
