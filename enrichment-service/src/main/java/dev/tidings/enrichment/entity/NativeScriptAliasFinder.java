package dev.tidings.enrichment.entity;

import java.util.List;

/**
 * "Chiu Chui-cheng (邱垂正)", "Alexei Navalny (Алексей Навальный)": a name in another script in
 * parentheses right after a romanised name is the same entity's original name. It becomes an alias,
 * and each place it is written a mention of that entity.
 */
final class NativeScriptAliasFinder {

    /** Longer than a personal or organisation name in parentheses gets; past it, it is a remark. */
    private static final int MAX_LENGTH = 40;

    void link(ArticleEntities entities) {
        String body = entities.body();
        for (EntityCluster cluster : entities.clusters()) {
            for (EntityMention mention : List.copyOf(cluster.mentions())) {
                if (!entities.contains(cluster) || !isLatin(mention.text())) {
                    continue;
                }
                int[] span = nativeNameAfter(body, mention.end());
                if (span != null) {
                    String name = body.substring(span[0], span[1]);
                    cluster.addDerivedName(name);
                    for (int start : entities.occurrences(name)) {
                        entities.claim(start, start + name.length(), cluster);
                    }
                }
            }
        }
    }

    /** The span of the name inside "(…)" or "（…）" right after {@code end}, or null. */
    static int[] nativeNameAfter(String body, int end) {
        int open = end;
        while (open < body.length() && open - end < 2 && body.charAt(open) == ' ') {
            open++;
        }
        if (open >= body.length() || (body.charAt(open) != '(' && body.charAt(open) != '（')) {
            return null;
        }
        int start = open + 1;
        while (start < body.length() && body.charAt(start) == ' ') {
            start++;
        }
        int close = start;
        while (close < body.length()
                && close - start <= MAX_LENGTH
                && body.charAt(close) != ')'
                && body.charAt(close) != '（'
                && body.charAt(close) != '）'
                && body.charAt(close) != '\n') {
            close++;
        }
        if (close >= body.length() || (body.charAt(close) != ')' && body.charAt(close) != '）')) {
            return null;
        }
        int nameEnd = close;
        while (nameEnd > start && body.charAt(nameEnd - 1) == ' ') {
            nameEnd--;
        }
        return isNativeName(body, start, nameEnd) ? new int[] {start, nameEnd} : null;
    }

    /** Letters of scripts other than Latin, with the spaces, dots and hyphens between name parts. */
    private static boolean isNativeName(String body, int start, int end) {
        boolean letters = false;
        for (int i = start; i < end; ) {
            int c = body.codePointAt(i);
            if (Character.isLetter(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    return false;
                }
                letters = true;
            } else if (c != ' ' && c != '·' && c != '・' && c != '‧' && c != '-') {
                return false;
            }
            i += Character.charCount(c);
        }
        return letters;
    }

    private static boolean isLatin(String text) {
        return text.codePoints()
                .filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
