package dev.tidings.enrichment.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Edits of a text-ordered list of mentions that keep it ordered and free of overlaps. */
final class MentionSpans {

    static final Comparator<EntityMention> TEXT_ORDER =
            Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end);

    private MentionSpans() {}

    /** {@code mentions} with {@code added} in place of every mention it overlaps. */
    static List<EntityMention> replaceOverlapping(List<EntityMention> mentions, EntityMention added) {
        List<EntityMention> result = new ArrayList<>(mentions.size() + 1);
        boolean inserted = false;
        for (EntityMention mention : mentions) {
            if (mention.overlaps(added.start(), added.end())) {
                continue;
            }
            if (!inserted && mention.start() >= added.end()) {
                result.add(added);
                inserted = true;
            }
            result.add(mention);
        }
        if (!inserted) {
            result.add(added);
        }
        return result;
    }

    /** Whether any of {@code mentions} overlaps {@code start..end}. */
    static boolean anyOverlaps(List<EntityMention> mentions, int start, int end) {
        for (EntityMention mention : mentions) {
            if (mention.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} has a letter or digit at {@code index} (false outside the text). */
    static boolean isWordCharAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }
}
